#!/usr/bin/env python3
"""HTTP and database work of loadtest/answer.sh (Python 3 standard library only).

  answer.py login  BASE USERS ACCOUNTS               sign in user1..userUSERS; save each
                                                     account's cookies and CSRF token
  answer.py setup  SCENARIO DATABASE_URL SPEC        create what the scenario needs in town-1
                                                     directly in the database; write its SPEC
  answer.py flood  SCENARIO BASE SPEC ACCOUNTS       every account sends the scenario's POST,
                                                     CONCURRENCY at a time; print timings
  answer.py check  SCENARIO DATABASE_URL SPEC USERS  the database holds exactly what was sent

A scenario is one class below, registered in SCENARIOS: `setup` (the rows it needs), `landing`
(a page that must offer the form to a signed-in resident), `request` (one account's POST),
`accepted` (whether an answer is the success page) and `check` (the rows afterwards). The
shared HTTP, cookie and timing code is cast.py's.
"""

import argparse
import json
import sys
import threading
import time

import cast
from cast import Account, Connection, Database, fmt_ms, percentile, q, run_workers

SLUG = cast.SLUG


def languages_of(db, slug):
    row = db.rows(f"SELECT id, languages FROM municipalities WHERE slug = {q(slug)}")
    if not row:
        sys.exit(f"no municipality {slug}")
    mid, languages = row[0]
    return mid, [l for l in languages.split(",") if l]


class Questionnaire:
    """One open questionnaire; every account hands in a complete response (action=submit)."""

    name = "questionnaire"
    # kind, required, number of choices (0: a scale or free text), prompt, choice labels
    QUESTIONS = [
        ("single", True, 3, "Which matters most?", ["Language classes", "Housing", "Work"]),
        ("scale", True, 0, "How easy are city services to use?", []),
        ("multiple", False, 4, "Where do you get information?", ["Friends", "Social media", "City office", "Radio"]),
        ("text", False, 0, "Anything else?", []),
    ]

    def setup(self, db, slug):
        mid, langs = languages_of(db, slug)
        now = int(time.time())
        cid = db.one(
            "INSERT INTO consultations (municipality_id, kind, status, opens_at, closes_at, demographics, open_statements, created_at) "
            f"VALUES ({mid}, 'questionnaire', 'open', {now - 3600}, {now + 10 * 365 * 86400}, 'age', 0, {now}) RETURNING id"
        )
        texts = ", ".join(
            f"({cid}, {q(l)}, {q(f'Load-test questionnaire ({l})')}, {q(f'What should {slug} do next? ({l})')})" for l in langs
        )
        db.rows(f"INSERT INTO consultation_texts (consultation_id, lang, title, intro) VALUES {texts} RETURNING consultation_id")
        questions = []
        for pos, (kind, required, choices, prompt, labels) in enumerate(self.QUESTIONS):
            max_picks, max_chars = (2, 0) if kind == "multiple" else (0, 500 if kind == "text" else 0)
            qid = db.one(
                "INSERT INTO questions (consultation_id, position, kind, required, min_picks, max_picks, max_chars, choices) "
                f"VALUES ({cid}, {pos}, {q(kind)}, {int(required)}, 0, {max_picks}, {max_chars}, {choices}) RETURNING id"
            )
            rows = ", ".join(
                f"({qid}, {q(l)}, {q(f'{prompt} ({l})')}, {q(chr(10).join(f'{c} ({l})' for c in labels))}, "
                f"{q('Very hard' if kind == 'scale' else '')}, {q('Very easy' if kind == 'scale' else '')})"
                for l in langs
            )
            db.rows(
                "INSERT INTO question_texts (question_id, lang, prompt, choices, low_label, high_label) "
                f"VALUES {rows} RETURNING question_id"
            )
            questions.append({"id": int(qid), "kind": kind, "required": required})
        print(f"consultation {cid}: open questionnaire in {slug}, {len(questions)} questions, {len(langs)} languages",
              file=sys.stderr)
        return {"consultation": int(cid), "slug": slug, "questions": questions}

    def landing(self, spec):
        path = f"/m/{spec['slug']}/consultations/{spec['consultation']}"
        return path, f'action="{path}/answer"'

    def request(self, spec, a):
        body = [("csrf_token", a.token)]
        for qu in spec["questions"]:
            name, kind, n = f"q{qu['id']}", qu["kind"], a.n
            if kind == "single":
                body.append((name, str(n % 3)))
            elif kind == "scale":
                body.append((name, str(1 + n % 5)))
            elif kind == "multiple" and n % 3:
                body += [(name, str(n % 4)), (name, str((n + 1) % 4))][: 1 + n % 2]
            elif kind == "text" and n % 10 == 0:
                body.append((name, f"Answer number {n}: more evening classes, please."))
        ages = ["under-18", "18-25", "26-35", "36-50", "51-65", "over-65", ""]
        body += [("d_age", ages[a.n % len(ages)]), ("action", "submit")]
        return f"/m/{spec['slug']}/consultations/{spec['consultation']}/answer", body

    def accepted(self, status, page):
        # The page shown after handing in says when (whatever the language).
        return status == 200 and 'id="handed-in"' in page

    def check(self, db, spec, users):
        cid = spec["consultation"]
        handed_in = int(db.one(f"SELECT COUNT(*) FROM responses WHERE consultation_id = {cid} AND submitted_at IS NOT NULL"))
        responses = int(db.one(f"SELECT COUNT(*) FROM responses WHERE consultation_id = {cid}"))
        required = [qu["id"] for qu in spec["questions"] if qu["required"]]
        answered = int(db.one(
            f"SELECT COUNT(*) FROM response_answers WHERE consultation_id = {cid} AND question_id IN ({', '.join(map(str, required))})"
        ))
        ok = handed_in == users and responses == users and answered == users * len(required)
        return ok, (f"handed in: {handed_in} (SELECT COUNT(*) FROM responses WHERE submitted_at IS NOT NULL), "
                    f"responses: {responses}, required answers: {answered} of {users * len(required)}")


class Reactions:
    """One open statement round with 20 published statements; every account reacts to one
    (agree, disagree or pass, spread over the statements), as the round's page would post it."""

    name = "reactions"
    STATEMENTS = 20

    def setup(self, db, slug):
        mid, langs = languages_of(db, slug)
        now = int(time.time())
        cid = db.one(
            "INSERT INTO consultations (municipality_id, kind, status, opens_at, closes_at, demographics, open_statements, created_at) "
            f"VALUES ({mid}, 'statements', 'open', {now - 3600}, {now + 10 * 365 * 86400}, '', 1, {now}) RETURNING id"
        )
        texts = ", ".join(f"({cid}, {q(l)}, {q(f'Load-test round ({l})')}, '')" for l in langs)
        db.rows(f"INSERT INTO consultation_texts (consultation_id, lang, title, intro) VALUES {texts} RETURNING consultation_id")
        statements = []
        for i in range(self.STATEMENTS):
            sid = db.one(
                "INSERT INTO statements (consultation_id, lang, body, status, created_at) "
                f"VALUES ({cid}, 'en', {q(f'Load-test statement number {i + 1}')}, 'published', {now}) RETURNING id"
            )
            statements.append(int(sid))
        print(f"consultation {cid}: open statement round in {slug}, {len(statements)} statements", file=sys.stderr)
        return {"consultation": int(cid), "slug": slug, "statements": statements}

    def landing(self, spec):
        path = f"/m/{spec['slug']}/consultations/{spec['consultation']}"
        return path, f'action="{path}/react"'

    def request(self, spec, a):
        statement = spec["statements"][a.n % len(spec["statements"])]
        vote = ["agree", "disagree", "pass"][a.n % 3]
        body = [("csrf_token", a.token), ("statement", str(statement)), ("vote", vote)]
        return f"/m/{spec['slug']}/consultations/{spec['consultation']}/react", body

    def accepted(self, status, page):
        # The reaction is stored and the page sends the participant on to the next statement.
        return status == 303

    def check(self, db, spec, users):
        cid = spec["consultation"]
        n = int(db.one(f"SELECT COUNT(*) FROM reactions WHERE consultation_id = {cid}"))
        people = int(db.one(f"SELECT COUNT(DISTINCT user_id) FROM reactions WHERE consultation_id = {cid}"))
        ok = n == users and people == users
        return ok, f"reactions: {n}, participants: {people} (one reaction per account expected)"


SCENARIOS = {s.name: s for s in [Questionnaire(), Reactions()]}


def login(args):
    """Signs every account in (argon2id) and keeps the CSRF token of its session."""
    accounts = [Account(n) for n in range(1, args.users + 1)]
    done = [0]
    lock = threading.Lock()
    started = time.monotonic()

    def one(conn, a):
        status, page = conn.request(a, "GET", "/login")
        m = cast.TOKEN_RE.search(page)
        if status != 200 or not m:
            raise RuntimeError(f"GET /login: {status}")
        body = {"csrf_token": m.group(1), "username": a.username, "password": cast.PASSWORD, "next": "/account"}
        status, _ = conn.request(a, "POST", "/login", body)
        if status != 303 or "chorus_session" not in a.cookies:
            raise RuntimeError(f"POST /login: {status}")
        # The token of a signed-in page is bound to the new session (and the rotated nonce).
        status, page = conn.request(a, "GET", "/account")
        m = cast.TOKEN_RE.search(page)
        if status != 200 or not m:
            raise RuntimeError(f"GET /account: {status}")
        a.token = m.group(1)
        with lock:
            done[0] += 1
            if done[0] % 500 == 0:
                print(f"  signed in {done[0]}/{len(accounts)} ({time.monotonic() - started:.0f} s)", file=sys.stderr)

    errors = run_workers(args.concurrency, accounts, one)
    for it, e in errors[:5]:
        print(f"login failed for {it.username}: {e}", file=sys.stderr)
    ok = [a for a in accounts if a.token]
    with open(args.accounts, "w") as f:
        json.dump([a.to_json() for a in ok], f)
    print(f"signed in {len(ok)}/{len(accounts)} accounts in {time.monotonic() - started:.1f} s "
          f"({args.concurrency} at a time)", file=sys.stderr)
    if len(ok) != len(accounts):
        sys.exit(1)


def setup(args):
    spec = SCENARIOS[args.scenario].setup(Database(args.database_url), args.slug)
    with open(args.spec, "w") as f:
        json.dump(spec, f)


def flood(args):
    scenario = SCENARIOS[args.scenario]
    spec = json.load(open(args.spec))
    accounts = [Account.from_json(d) for d in json.load(open(args.accounts))]
    # One look first: the landing page offers the form to a signed-in resident.
    path, expect = scenario.landing(spec)
    status, page = Connection(args.base).request(accounts[0], "GET", path)
    if status != 200 or expect not in page:
        sys.exit(f"GET {path} as {accounts[0].username}: {status}, the form is not there")
    lock = threading.Lock()
    latencies, statuses, problems = [], {}, []
    accepted = [0]

    def one(conn, a):
        path, body = scenario.request(spec, a)
        t0 = time.perf_counter()
        try:
            status, page = conn.request(a, "POST", path, body, retry=False)
        except Exception as e:  # noqa: BLE001 - counted and reported
            with lock:
                statuses["no answer"] = statuses.get("no answer", 0) + 1
                problems.append(f"{a.username}: {e!r}")
            return
        dt = time.perf_counter() - t0
        with lock:
            latencies.append(dt)
            statuses[status] = statuses.get(status, 0) + 1
            if scenario.accepted(status, page):
                accepted[0] += 1
            elif len(problems) < 20:
                problems.append(f"{a.username}: {status} {page[:200]!r}")

    started = time.perf_counter()
    errors = run_workers(args.concurrency, accounts, one)
    wall = time.perf_counter() - started
    problems.extend(f"{it.username}: {e}" for it, e in errors)
    latencies.sort()
    result = {
        "scenario": scenario.name,
        "requests": len(accounts),
        "accepted": accepted[0],
        "statuses": {str(k): v for k, v in statuses.items()},
        "seconds": round(wall, 3),
        "per_second": round(accepted[0] / wall) if wall else 0,
        "p50": fmt_ms(percentile(latencies, 50)),
        "p90": fmt_ms(percentile(latencies, 90)),
        "p99": fmt_ms(percentile(latencies, 99)),
        "max": fmt_ms(latencies[-1]) if latencies else "",
        "problems": problems[:20],
    }
    print(json.dumps(result))
    if problems or accepted[0] != len(accounts):
        sys.exit(1)


def check(args):
    ok, line = SCENARIOS[args.scenario].check(Database(args.database_url), json.load(open(args.spec)), args.users)
    print(f"{line}; consistent: {'yes' if ok else 'no'}")
    if not ok:
        sys.exit(1)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    lg = sub.add_parser("login")
    lg.add_argument("base")
    lg.add_argument("users", type=int)
    lg.add_argument("accounts")
    lg.add_argument("--concurrency", type=int, default=8)
    s = sub.add_parser("setup")
    s.add_argument("scenario", choices=SCENARIOS)
    s.add_argument("database_url")
    s.add_argument("spec")
    s.add_argument("--slug", default=SLUG)
    f = sub.add_parser("flood")
    f.add_argument("scenario", choices=SCENARIOS)
    f.add_argument("base")
    f.add_argument("spec")
    f.add_argument("accounts")
    f.add_argument("--concurrency", type=int, default=16)
    c = sub.add_parser("check")
    c.add_argument("scenario", choices=SCENARIOS)
    c.add_argument("database_url")
    c.add_argument("spec")
    c.add_argument("users", type=int)
    args = p.parse_args()
    # cast.run_workers opens its connections to cast.BASE.
    cast.BASE = getattr(args, "base", "")
    {"login": login, "setup": setup, "flood": flood, "check": check}[args.cmd](args)


if __name__ == "__main__":
    main()
