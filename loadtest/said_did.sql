-- 1,000 forwarded recommendations of town-1 (one council, one summary), each drawing on an
-- issue, answered in various states: a fifth not answered, the rest accepted, partly,
-- rejected or to be studied; open, in progress, done or dropped; some overdue, with progress
-- reports. Portable SQL (SQLite and PostgreSQL), run once on a fresh seeded database.
INSERT INTO councils (id, municipality_id, slug, name, composition, lang, created_at)
    VALUES (1, 1, 'council', 'Migrant council', 'elected', 'en', 1700000000);
INSERT INTO summaries (id, municipality_id, council_id, series_id, version, status, title, lang, period_from, period_to,
        created_at, updated_at, forwarded_at)
    VALUES (1, 1, 1, 1, 1, 'forwarded', 'What we heard this year', 'en', 1700000000, 1730000000, 1730000000, 1730000000, 1730000000);
INSERT INTO recommendations (id, summary_id, point_id, number, title, body, lang, theme_id)
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
    SELECT i, 1, i, i, 'Recommendation ' || i || ': evening advice in more languages',
           'The council recommends that the city offers advice in the evening, in the languages people speak, at the office nearest to them (point ' || i || ').',
           'en', (SELECT MIN(id) FROM themes WHERE municipality_id = 1 AND kind = 'category') + (i % 6)
    FROM n;
INSERT INTO recommendation_sources (recommendation_id, kind, source_id)
    SELECT r.id, 'issue', (SELECT MIN(id) FROM issues) + (r.id % 200) FROM recommendations r;
INSERT INTO official_responses (point_id, municipality_id, decision, reason, lang, department, owner_role, deadline, state,
        created_at, updated_at, closed_at, overdue_notified_at)
    SELECT r.id, 1,
           CASE r.id % 5 WHEN 1 THEN 'accepted' WHEN 2 THEN 'partly' WHEN 3 THEN 'rejected' ELSE 'study' END,
           'The office will look at this with the council and report back here.', 'en',
           CASE r.id % 3 WHEN 0 THEN 'Housing office' WHEN 1 THEN 'Social services' ELSE 'Schools' END,
           'Head of the office',
           CASE WHEN r.id % 5 = 3 THEN NULL WHEN r.id % 7 = 0 THEN 1735689600 ELSE 1893456000 END,
           CASE r.id % 4 WHEN 0 THEN 'open' WHEN 1 THEN 'in_progress' WHEN 2 THEN 'done' ELSE 'dropped' END,
           1731000000, 1731000000,
           CASE WHEN r.id % 4 IN (2, 3) THEN 1732000000 ELSE NULL END,
           CASE WHEN r.id % 7 = 0 THEN 1735776000 ELSE NULL END
    FROM recommendations r WHERE r.id % 5 <> 0;
INSERT INTO progress_updates (point_id, state, body, lang, created_at)
    SELECT point_id, CASE WHEN state = 'open' THEN 'in_progress' ELSE state END, 'The office reports what happened so far.', 'en', 1732000000
    FROM official_responses WHERE state <> 'open';
