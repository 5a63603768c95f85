//! The demo portal's content: issues in several languages (two of them right to left) in
//! every status, with volunteers' and machine translations, supports, comments, official
//! answers, neighbourhoods and a referral directory, so a newcomer sees a living portal.

use crate::{
    db::{
        self,
        answers::NewAnswer,
        issues::NewIssue,
        referrals::Service,
        translations::{Kind, NewTranslation},
    },
    error::Result,
    state::AppState,
};

/// A translation: (language, title, body, by a machine).
type Tr = (&'static str, &'static str, &'static str, bool);

/// Translations of a body-only text: (language, text).
type Texts = &'static [(&'static str, &'static str)];

/// A comment: (author, language, text, translations).
type DemoComment = (usize, &'static str, &'static str, Texts);

/// An official answer: (language, text, department, expected date, translations).
type DemoAnswer = (&'static str, &'static str, &'static str, Option<&'static str>, Texts);

/// One demo issue.
struct DemoIssue {
    /// Key to refer to it (merges).
    key: &'static str,
    author: usize,
    anonymous: bool,
    lang: &'static str,
    title: &'static str,
    body: &'static str,
    theme: &'static str,
    tags: &'static [&'static str],
    neighbourhood: Option<&'static str>,
    /// Final status; the timeline walks there.
    status: &'static str,
    /// A moderator's reason (rejected, hidden).
    reason: Option<&'static str>,
    note: Option<&'static str>,
    /// For `merged`: the key of the issue it duplicates.
    merged_into: Option<&'static str>,
    translations: &'static [Tr],
    /// How many demo residents support it.
    supports: usize,
    /// Comments: (author, language, text, translations (language, text)).
    comments: &'static [DemoComment],
    /// Official answer: (language, text, department, expected date, translations).
    answer: Option<DemoAnswer>,
}

/// Pseudonyms of the demo residents who raise, support and comment.
const RESIDENTS: [&str; 8] = ["amal-k", "oksana", "deniz", "hodan", "reza", "lucia", "nuri", "mateo"];

const NEIGHBOURHOODS: [&str; 4] = ["Altstadt", "Am Bahnhof", "Nordviertel", "Südhafen"];

const ISSUES: &[DemoIssue] = &[
    DemoIssue {
        key: "evening-classes",
        author: 0,
        anonymous: false,
        lang: "ar",
        title: "لا توجد دروس لغة ألمانية مسائية للأمهات العاملات",
        body: "كل دروس اللغة في المدينة تبدأ في الصباح. نحن الأمهات اللواتي نعمل في النهار ولا نستطيع الحضور. نحتاج دروسًا مسائية مع رعاية للأطفال في نفس المبنى.",
        theme: "language-learning",
        tags: &["women", "newcomers"],
        neighbourhood: Some("Nordviertel"),
        status: "answered",
        reason: None,
        note: None,
        merged_into: None,
        translations: &[
            (
                "de",
                "Keine abendlichen Deutschkurse für berufstätige Mütter",
                "Alle Sprachkurse der Stadt beginnen morgens. Wir Mütter, die tagsüber arbeiten, können nicht teilnehmen. Wir brauchen Abendkurse mit Kinderbetreuung im selben Gebäude.",
                false,
            ),
            (
                "en",
                "No evening German classes for working mothers",
                "All language classes in the city start in the morning. Those of us mothers who work during the day cannot attend. We need evening classes with childcare in the same building.",
                false,
            ),
        ],
        supports: 6,
        comments: &[
            (
                3,
                "de",
                "Das betrifft auch Väter, die Schicht arbeiten. Bitte auch am Samstag anbieten.",
                &[
                    ("en", "This also affects fathers who work shifts. Please offer Saturdays too."),
                    ("ar", "هذا يخص أيضًا الآباء الذين يعملون بنظام الورديات. من فضلكم قدموا دروسًا يوم السبت أيضًا."),
                ],
            ),
            (
                4,
                "fa",
                "در مرکز محله شمالی یک اتاق خالی برای کلاس شبانه هست.",
                &[("de", "Im Nachbarschaftszentrum Nordviertel gibt es einen freien Raum für einen Abendkurs.")],
            ),
        ],
        answer: Some((
            "de",
            "Die Volkshochschule startet im Frühjahr zwei Abendkurse (Dienstag und Donnerstag, 18–20 Uhr) im Nachbarschaftszentrum Nordviertel, mit Kinderbetreuung im Nebenraum. Die Anmeldung ist kostenlos.",
            "Amt für Integration und Volkshochschule",
            Some("2027-03-01"),
            &[
                (
                    "ar",
                    "ستبدأ الجامعة الشعبية في الربيع دورتين مسائيتين (الثلاثاء والخميس، من 18 إلى 20) في مركز حي نوردفيرتل، مع رعاية للأطفال في الغرفة المجاورة. التسجيل مجاني.",
                ),
                (
                    "en",
                    "In spring the adult education centre starts two evening classes (Tuesday and Thursday, 6–8 pm) at the Nordviertel neighbourhood centre, with childcare in the room next door. Registration is free.",
                ),
            ],
        )),
    },
    DemoIssue {
        key: "diplomas",
        author: 1,
        anonymous: false,
        lang: "uk",
        title: "Визнання дипломів триває більше року",
        body: "Я медсестра з десятирічним досвідом. Моє визнання диплома чекає вже чотирнадцять місяців, і весь цей час я не можу працювати за фахом, хоча в лікарнях бракує персоналу.",
        theme: "qualifications",
        tags: &["refugees"],
        neighbourhood: None,
        status: "forwarded",
        reason: None,
        note: None,
        merged_into: None,
        translations: &[
            (
                "de",
                "Die Anerkennung von Abschlüssen dauert über ein Jahr",
                "Ich bin Krankenpflegerin mit zehn Jahren Erfahrung. Meine Anerkennung wartet seit vierzehn Monaten, und so lange kann ich nicht in meinem Beruf arbeiten, obwohl den Kliniken Personal fehlt.",
                false,
            ),
            (
                "en",
                "Recognition of diplomas takes more than a year",
                "I am a nurse with ten years of experience. My recognition has been waiting for fourteen months, and all that time I cannot work in my profession although hospitals are short of staff.",
                true,
            ),
        ],
        supports: 5,
        comments: &[(5, "es", "Lo mismo me pasa con mi título de maestra.", &[])],
        answer: None,
    },
    DemoIssue {
        key: "appointments",
        author: 2,
        anonymous: true,
        lang: "tr",
        title: "Yabancılar dairesinden randevu almak imkânsız",
        body: "Telefon hiç açılmıyor, internetteki randevular dakikalar içinde doluyor. Oturma iznim bitmek üzere ve randevu bulamadığım için işimi kaybetmekten korkuyorum.",
        theme: "residence",
        tags: &[],
        neighbourhood: Some("Am Bahnhof"),
        status: "resolved",
        reason: None,
        note: None,
        merged_into: None,
        translations: &[
            (
                "de",
                "Termine bei der Ausländerbehörde sind unmöglich zu bekommen",
                "Das Telefon wird nie abgenommen, die Online-Termine sind in Minuten vergeben. Meine Aufenthaltserlaubnis läuft bald ab, und ich habe Angst, meine Arbeit zu verlieren, weil ich keinen Termin finde.",
                false,
            ),
            (
                "en",
                "Getting an appointment at the immigration office is impossible",
                "The phone is never answered and online slots are gone in minutes. My residence permit is about to expire and I am afraid of losing my job because I cannot find an appointment.",
                false,
            ),
        ],
        supports: 7,
        comments: &[],
        answer: Some((
            "de",
            "Seit diesem Monat vergibt die Ausländerbehörde Termine online in sechs Sprachen, mit festen Kontingenten für ablaufende Aufenthaltstitel. Wer keinen Termin findet, erhält eine Fiktionsbescheinigung ohne Termin am Schalter im Bürgerbüro.",
            "Ausländerbehörde",
            None,
            &[(
                "tr",
                "Bu aydan itibaren yabancılar dairesi randevuları altı dilde internetten veriyor; süresi dolan oturma izinleri için ayrılmış kontenjanlar var. Randevu bulamayan, vatandaşlık bürosundaki gişeden randevusuz geçici belge alabilir.",
            )],
        )),
    },
    DemoIssue {
        key: "interpreters",
        author: 4,
        anonymous: false,
        lang: "fa",
        title: "در مراکز درمانی مترجم وجود ندارد",
        body: "وقتی به پزشک می‌روم باید فرزند دوازده‌ساله‌ام را برای ترجمه ببرم. او مجبور است از مدرسه غیبت کند و درباره بیماری‌های من بشنود. شهر باید مترجم تلفنی رایگان داشته باشد.",
        theme: "health",
        tags: &["women"],
        neighbourhood: None,
        status: "published",
        reason: None,
        note: None,
        merged_into: None,
        translations: &[
            (
                "de",
                "In Gesundheitszentren gibt es keine Dolmetscher",
                "Wenn ich zum Arzt gehe, muss ich mein zwölfjähriges Kind zum Übersetzen mitnehmen. Es muss in der Schule fehlen und von meinen Krankheiten hören. Die Stadt sollte kostenloses Telefondolmetschen anbieten.",
                true,
            ),
            (
                "en",
                "There are no interpreters in health centres",
                "When I go to the doctor I have to take my twelve-year-old child to interpret. They have to miss school and hear about my illnesses. The city should offer free telephone interpreting.",
                false,
            ),
        ],
        supports: 4,
        comments: &[(0, "ar", "نفس المشكلة عندنا في عيادة الأسنان.", &[("en", "Same problem for us at the dentist.")])],
        answer: None,
    },
    DemoIssue {
        key: "night-bus",
        author: 5,
        anonymous: false,
        lang: "de",
        title: "Nach 22 Uhr fährt kein Bus ins Nordviertel",
        body: "Viele von uns arbeiten in der Gastronomie und in der Pflege und kommen spät nach Hause. Nach 22 Uhr fährt kein Bus mehr ins Nordviertel, ein Taxi kostet einen halben Tageslohn.",
        theme: "transport",
        tags: &[],
        neighbourhood: Some("Nordviertel"),
        status: "published",
        reason: None,
        note: None,
        merged_into: None,
        translations: &[
            (
                "en",
                "No bus to Nordviertel after 10 pm",
                "Many of us work in restaurants and in care and come home late. After 10 pm there is no bus to Nordviertel, and a taxi costs half a day's pay.",
                false,
            ),
            (
                "ar",
                "لا توجد حافلة إلى نوردفيرتل بعد الساعة العاشرة ليلًا",
                "كثير منا يعمل في المطاعم وفي الرعاية ويعود إلى البيت متأخرًا. بعد العاشرة ليلًا لا توجد حافلة إلى نوردفيرتل، وسيارة الأجرة تكلف نصف أجر يوم.",
                true,
            ),
        ],
        supports: 8,
        comments: &[(6, "so", "Anigu sidoo kale habeenkii ayaan ka shaqeeyaa cisbitaalka.", &[])],
        answer: None,
    },
    DemoIssue {
        key: "childcare",
        author: 3,
        anonymous: false,
        lang: "so",
        title: "Xarunta carruurta galabtii way xiran tahay",
        body: "Xarumaha carruurta ee xaafadda waxay xirmaan saddexda galabnimo. Hooyooyinka shaqeeya ama koorsooyinka luqadda dhigta ma helaan cid ilaalisa carruurtooda.",
        theme: "family",
        tags: &["women"],
        neighbourhood: Some("Südhafen"),
        status: "submitted",
        reason: None,
        note: None,
        merged_into: None,
        translations: &[],
        supports: 0,
        comments: &[],
        answer: None,
    },
    DemoIssue {
        key: "deposit",
        author: 7,
        anonymous: true,
        lang: "en",
        title: "My landlord will not give back my deposit",
        body: "I moved out three months ago and my landlord keeps my deposit of 900 euros without any reason. He does not answer my messages.",
        theme: "housing",
        tags: &[],
        neighbourhood: None,
        status: "rejected",
        reason: Some("reason-individual-case"),
        note: Some("The tenants' advice centre on the help page can help you get your deposit back, free of charge."),
        merged_into: None,
        translations: &[],
        supports: 0,
        comments: &[],
        answer: None,
    },
    DemoIssue {
        key: "evening-classes-2",
        author: 6,
        anonymous: false,
        lang: "de",
        title: "Deutschkurse nur vormittags",
        body: "Es gibt keine Deutschkurse am Abend. Wer arbeitet, kann nicht Deutsch lernen.",
        theme: "language-learning",
        tags: &[],
        neighbourhood: None,
        status: "merged",
        reason: None,
        note: None,
        merged_into: Some("evening-classes"),
        translations: &[],
        supports: 0,
        comments: &[],
        answer: None,
    },
    DemoIssue {
        key: "hidden",
        author: 5,
        anonymous: false,
        lang: "es",
        title: "El vecino del tercero hace ruido",
        body: "El señor del tercer piso, número 12 de la calle del puerto, pone música muy alta todas las noches.",
        theme: "housing",
        tags: &[],
        neighbourhood: Some("Südhafen"),
        status: "hidden",
        reason: Some("reason-personal-data"),
        note: Some("Please describe the problem without naming or locating a person."),
        merged_into: None,
        translations: &[],
        supports: 0,
        comments: &[],
        answer: None,
    },
];

/// (title, description, language) of every demo issue: sample texts for generated data.
pub fn sample_texts() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    ISSUES.iter().map(|d| (d.title, d.body, d.lang))
}

/// Seeds the demo content of Lindenfeld (`home`) and a little for the second town.
pub async fn seed(state: &AppState, home: i64, second: Option<i64>) -> Result<()> {
    let moderator = db::users::by_key(&state.db, "demo-moderator").await?.map(|u| u.id);
    let official = db::users::by_key(&state.db, "demo-official").await?.map(|u| u.id);
    let mut residents = Vec::new();
    for name in RESIDENTS {
        if let Some((id, _)) = super::create_account(state, name, false).await? {
            db::roles::grant(&state.db, id, home, crate::domain::role::Role::Resident, None).await?;
            residents.push(id);
        }
    }
    if residents.len() < RESIDENTS.len() {
        return Ok(());
    }
    for n in NEIGHBOURHOODS {
        db::themes::add_neighbourhood(&state.db, home, n).await?;
    }
    let themes = db::themes::of_municipality(&state.db, home).await?;
    let theme = |slug: &str| themes.iter().find(|t| t.slug == slug).map(|t| t.id).unwrap_or_default();
    let places = db::themes::neighbourhoods(&state.db, home).await?;
    let mut ids: Vec<(&str, i64)> = Vec::new();
    let mut conn = state.db.acquire().await?;
    for d in ISSUES {
        let tags: Vec<i64> = d.tags.iter().map(|t| theme(t)).collect();
        let new = NewIssue {
            municipality_id: home,
            author_id: residents[d.author],
            anonymous: d.anonymous,
            title: d.title,
            body: d.body,
            lang: d.lang,
            theme_id: theme(d.theme),
            tag_ids: &tags,
            neighbourhood_id: d.neighbourhood.and_then(|n| places.iter().find(|(_, name)| name == n).map(|(id, _)| *id)),
            status: "submitted",
        };
        let id = db::issues::insert(&mut conn, &new).await?;
        ids.push((d.key, id));
        let path: &[&str] = match d.status {
            "submitted" => &[],
            "rejected" => &["rejected"],
            "merged" => &["published", "merged"],
            "hidden" => &["published", "hidden"],
            "published" => &["published"],
            "forwarded" => &["published", "forwarded"],
            "answered" => &["published", "forwarded", "answered"],
            _ => &["published", "forwarded", "answered", "resolved"],
        };
        for step in path {
            let last = step == path.last().unwrap_or(&"");
            let (reason, note) = if last { (d.reason, d.note) } else { (None, None) };
            let actor = if matches!(*step, "answered" | "resolved") { official } else { moderator };
            match (*step, d.merged_into) {
                ("merged", Some(target)) => {
                    let target = ids.iter().find(|(k, _)| *k == target).map(|(_, id)| *id).unwrap_or_default();
                    db::issues::merge(&mut conn, id, target).await?;
                }
                ("answered", _) => {}
                _ => db::issues::set_status(&mut *conn, id, step).await?,
            }
            if *step == "answered" || (*step == "resolved" && !path.contains(&"answered")) {
                if let (Some((lang, body, department, expected, translations)), Some(official)) = (d.answer, official) {
                    let answer =
                        NewAnswer { issue_id: id, official_id: official, body, lang, department: Some(department), expected_on: expected };
                    let answer_id = db::answers::insert(&mut conn, &answer).await?;
                    for (to, text) in translations {
                        human(&mut conn, Kind::Answer, answer_id, to, "", text).await?;
                    }
                }
                db::issues::set_status(&mut *conn, id, step).await?;
            }
            db::issues::add_event(&mut *conn, id, step, actor, reason, note).await?;
            if let Some(author) = Some(residents[d.author]).filter(|_| matches!(*step, "published" | "rejected" | "hidden" | "merged")) {
                db::notifications::notify(&mut *conn, author, db::notifications::Subject::Issue(id), step).await?;
            }
        }
        for (to, title, body, machine) in d.translations {
            if *machine {
                let t = NewTranslation {
                    kind: Kind::Issue,
                    content_id: id,
                    lang: to,
                    title,
                    body,
                    source: "machine",
                    reviewed: false,
                    translator_id: None,
                };
                db::translations::insert_machine(&mut *conn, &t, d.title, d.body).await?;
            } else {
                human(&mut conn, Kind::Issue, id, to, title, body).await?;
            }
        }
        for supporter in residents.iter().filter(|r| **r != residents[d.author]).take(d.supports) {
            db::issues::support(&mut conn, id, *supporter).await?;
        }
        for (author, lang, body, translations) in d.comments {
            let cid = db::comments::insert(&mut *conn, id, residents[*author], body, lang, "published").await?;
            for (to, text) in *translations {
                human(&mut conn, Kind::Comment, cid, to, "", text).await?;
            }
        }
    }
    let services = [
        Service {
            id: 0,
            name: "Migrationsberatung Lindenfeld".into(),
            description: "Residence permits, family reunification, letters from the immigration office. Free and confidential; no need to give your name.".into(),
            languages: ["de", "ar", "fa", "tr", "en"].map(String::from).to_vec(),
            contact: "Marktplatz 3, 2nd floor\nMon–Thu 9:00–13:00, walk in\nTel. 0571 123 456".into(),
        },
        Service {
            id: 0,
            name: "Mieterverein — tenants' advice".into(),
            description: "Deposits, rent increases, repairs, eviction letters.".into(),
            languages: ["de", "en", "uk", "ru"].map(String::from).to_vec(),
            contact: "Bahnhofstraße 14\nTue 16:00–19:00\nmieterverein-lindenfeld.example".into(),
        },
        Service {
            id: 0,
            name: "Frauenberatung Südhafen".into(),
            description: "Counselling for women: health, violence, work, children. Interpreters on request.".into(),
            languages: ["de", "so", "ar", "ti", "es", "fr"].map(String::from).to_vec(),
            contact: "Hafenweg 2\nMon, Wed, Fri 10:00–15:00\nTel. 0571 654 321".into(),
        },
    ];
    for s in &services {
        db::referrals::insert(&mut *conn, home, s).await?;
    }
    if let Some(town) = second {
        let themes = db::themes::of_municipality(&state.db, town).await?;
        let category = |slug: &str| themes.iter().find(|t| t.slug == slug).map(|t| t.id).unwrap_or_default();
        let seeded = [
            (
                "it",
                "Mancano mediatori culturali nelle scuole",
                "I genitori che non parlano italiano non capiscono le comunicazioni della scuola e non partecipano ai colloqui.",
                "education",
            ),
            (
                "ar",
                "نحتاج مكانًا للصلاة والاجتماع في الحي",
                "لا يوجد في الحي مكان يمكن للجاليات أن تجتمع فيه للاحتفالات والدروس. نقترح استعمال القاعة القديمة في المدرسة.",
                "culture",
            ),
        ];
        for (n, (lang, title, body, theme)) in seeded.into_iter().enumerate() {
            let new = NewIssue {
                municipality_id: town,
                author_id: residents[n],
                anonymous: false,
                title,
                body,
                lang,
                theme_id: category(theme),
                tag_ids: &[],
                neighbourhood_id: None,
                status: "published",
            };
            let id = db::issues::insert(&mut conn, &new).await?;
            db::issues::support(&mut conn, id, residents[n + 2]).await?;
        }
    }
    Ok(())
}

async fn human(conn: &mut sqlx::AnyConnection, kind: Kind, id: i64, lang: &str, title: &str, body: &str) -> Result<()> {
    let t = NewTranslation { kind, content_id: id, lang, title, body, source: "human", reviewed: true, translator_id: None };
    db::translations::upsert(&mut *conn, &t).await?;
    Ok(())
}
