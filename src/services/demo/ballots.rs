//! The demo's priority votes: an open approval vote on the most supported demo issues, and a
//! closed budget vote built from a real pabulib file (Assen's youth budget 2024), its papers
//! cast by generated demo residents exactly as the file's voters voted, counted by the same
//! code as any vote, and published.
//!
//! Demo shortcut: option labels the demo has no translation for are shown in their original
//! language in every language (issue titles as written; the Dutch project names as in the
//! file), so that both votes are complete in all 14 languages.

use crate::{
    db::{self, users::User},
    domain::{
        ballot::{BallotSettings, BindingRule, Method},
        role::Role,
        username::Username,
    },
    error::Result,
    services::ballots,
    state::AppState,
    voting::pabulib::PbFile,
};

/// Assen's "Top Idee" 2024 from pabulib: 14 projects, 84 voters, a budget of 100,000.
const ASSEN: &str = include_str!("../../../data/pabulib/Netherlands_Assen_2024.pb");

/// `(language, title, description)` of the open vote.
const PRIORITIES: [(&str, &str, &str); 14] = [
    (
        "de",
        "Was soll der Beirat 2027 zuerst angehen?",
        "Wählen Sie bis zu drei Anliegen, die Einwohnerinnen und Einwohner eingebracht haben. Der Beirat bringt die meistgewählten zuerst zur Stadt.",
    ),
    (
        "en",
        "What should the council take up first in 2027?",
        "Pick up to three issues residents raised. The council takes the most chosen ones to the city first.",
    ),
    (
        "ar",
        "ما الذي يجب أن يتناوله المجلس أولاً في 2027؟",
        "اختر حتى ثلاث قضايا طرحها السكان. يعرض المجلس القضايا الأكثر اختياراً على المدينة أولاً.",
    ),
    (
        "fa",
        "شورا در سال ۲۰۲۷ اول به چه چیزی بپردازد؟",
        "تا سه مسئله‌ای را که ساکنان مطرح کرده‌اند انتخاب کنید. شورا پرطرفدارترین‌ها را اول به شهر می‌برد.",
    ),
    (
        "tr",
        "Kurul 2027'de önce neyi ele almalı?",
        "Sakinlerin dile getirdiği en fazla üç konuyu seçin. Kurul en çok seçilenleri önce belediyeye götürür.",
    ),
    (
        "uk",
        "Чим рада має зайнятися насамперед у 2027 році?",
        "Виберіть до трьох питань, які підняли мешканці. Рада першими передасть місту найпопулярніші.",
    ),
    (
        "ru",
        "Чем совет должен заняться в первую очередь в 2027 году?",
        "Выберите до трёх вопросов, поднятых жителями. Совет первыми передаст городу самые популярные.",
    ),
    (
        "pl",
        "Czym rada powinna zająć się najpierw w 2027 roku?",
        "Wybierz do trzech spraw zgłoszonych przez mieszkańców. Rada najpierw przekaże miastu te najczęściej wybierane.",
    ),
    (
        "so",
        "Maxay golaha tahay inay marka hore wax ka qabtaan 2027?",
        "Dooro ilaa saddex arrimood oo dadka deegaanku soo jeediyeen. Goluhu kuwa ugu badan ee la doortay ayuu marka hore u gudbinayaa magaalada.",
    ),
    (
        "es",
        "¿Qué debería abordar primero el consejo en 2027?",
        "Elige hasta tres temas que plantearon los residentes. El consejo llevará primero al ayuntamiento los más elegidos.",
    ),
    (
        "fr",
        "Par quoi le conseil doit-il commencer en 2027 ?",
        "Choisissez jusqu'à trois sujets soulevés par les habitants. Le conseil porte d'abord à la ville ceux qui sont le plus choisis.",
    ),
    (
        "it",
        "Di cosa deve occuparsi prima la consulta nel 2027?",
        "Scegli fino a tre temi sollevati dai residenti. La consulta porterà prima al comune quelli più scelti.",
    ),
    (
        "el",
        "Με τι πρέπει να ασχοληθεί πρώτα το συμβούλιο το 2027;",
        "Διαλέξτε έως τρία θέματα που έθεσαν οι κάτοικοι. Το συμβούλιο θα φέρει πρώτα στον δήμο όσα επιλεγούν περισσότερο.",
    ),
    (
        "sl",
        "S čim naj se svet najprej ukvarja v letu 2027?",
        "Izberite do tri teme, ki so jih odprli prebivalci. Svet bo mestu najprej predal najbolj izbrane.",
    ),
];

/// `(language, title, description)` of the published budget vote.
const BUDGET: [(&str, &str, &str); 14] = [
    (
        "de",
        "Jugendbudget (Daten aus Assen 2024)",
        "Ein echter Bürgerhaushalt: die Projekte und Stimmen von Assens „Top Idee“ 2024 aus pabulib, gezählt nach beiden Budgetregeln.",
    ),
    (
        "en",
        "Youth budget (data from Assen, 2024)",
        "A real participatory budget: the projects and votes of Assen's Top Idee 2024 from pabulib, counted by both budget rules.",
    ),
    (
        "ar",
        "ميزانية الشباب (بيانات من أسن، 2024)",
        "ميزانية تشاركية حقيقية: مشاريع وأصوات مسابقة أسن 2024 من pabulib، محسوبة بقاعدتي الميزانية.",
    ),
    (
        "fa",
        "بودجهٔ جوانان (داده‌های آسن، ۲۰۲۴)",
        "یک بودجه‌ریزی مشارکتی واقعی: پروژه‌ها و رأی‌های آسن ۲۰۲۴ از pabulib، شمرده‌شده با هر دو قاعدهٔ بودجه.",
    ),
    (
        "tr",
        "Gençlik bütçesi (Assen 2024 verileri)",
        "Gerçek bir katılımcı bütçe: pabulib'den Assen 2024 projeleri ve oyları, iki bütçe kuralıyla sayıldı.",
    ),
    (
        "uk",
        "Молодіжний бюджет (дані Ассена, 2024)",
        "Справжній бюджет участі: проєкти й голоси Ассена 2024 з pabulib, пораховані за обома правилами.",
    ),
    (
        "ru",
        "Молодёжный бюджет (данные Ассена, 2024)",
        "Настоящий бюджет участия: проекты и голоса Ассена 2024 из pabulib, подсчитанные по обоим правилам.",
    ),
    (
        "pl",
        "Budżet młodzieżowy (dane z Assen, 2024)",
        "Prawdziwy budżet obywatelski: projekty i głosy z Assen 2024 z pabulib, policzone według obu reguł.",
    ),
    (
        "so",
        "Miisaaniyadda dhallinyarada (xogta Assen, 2024)",
        "Miisaaniyad ka-qaybgal dhab ah: mashaariicda iyo codadka Assen 2024 ee pabulib, lagu tiriyey labada xeer.",
    ),
    (
        "es",
        "Presupuesto joven (datos de Assen, 2024)",
        "Un presupuesto participativo real: los proyectos y votos de Assen 2024 de pabulib, contados con las dos reglas.",
    ),
    (
        "fr",
        "Budget jeunesse (données d'Assen, 2024)",
        "Un vrai budget participatif : les projets et les votes d'Assen 2024 issus de pabulib, comptés selon les deux règles.",
    ),
    (
        "it",
        "Bilancio giovani (dati di Assen, 2024)",
        "Un vero bilancio partecipativo: i progetti e i voti di Assen 2024 da pabulib, contati con entrambe le regole.",
    ),
    (
        "el",
        "Προϋπολογισμός νέων (δεδομένα Άσεν, 2024)",
        "Ένας πραγματικός συμμετοχικός προϋπολογισμός: τα έργα και οι ψήφοι του Άσεν 2024 από το pabulib, με τους δύο κανόνες.",
    ),
    (
        "sl",
        "Mladinski proračun (podatki iz Assna, 2024)",
        "Pravi participativni proračun: projekti in glasovi iz Assna 2024 iz pabulib, prešteti po obeh pravilih.",
    ),
];

fn settings(method: Method, opens_at: i64, closes_at: i64, texts: &[(&str, &str, &str)]) -> BallotSettings {
    BallotSettings {
        method,
        opens_at,
        closes_at,
        min_picks: 1,
        max_picks: if method == Method::Approval { 3 } else { 0 },
        points_total: 0,
        points_per_option: 0,
        budget: 0,
        within_budget: false,
        binding_rule: BindingRule::EqualShares,
        winning_votes: false,
        verified_only: false,
        allow_recast: false,
        texts: texts.iter().map(|(l, t, d)| (l.to_string(), t.to_string(), d.to_string())).collect(),
    }
}

/// Gives every option a label in every language that lacks one (the original's text).
async fn complete_labels(state: &AppState, id: i64, languages: &[String]) -> Result<()> {
    let mut tx = state.db.begin().await?;
    for o in db::ballots::options(&mut *tx, id).await? {
        let Some((_, original)) = o.titles.first().cloned() else { continue };
        let mut titles = o.titles.clone();
        titles.extend(languages.iter().filter(|l| !o.titles.iter().any(|(t, _)| t == *l)).map(|l| (l.clone(), original.clone())));
        db::ballots::update_option(&mut tx, id, o.id, o.cost, &titles).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Creates both demo votes in `home`, with `council` as the council member who runs them.
pub async fn seed(state: &AppState, home: i64, council: &User) -> Result<()> {
    let Some(m) = db::municipalities::by_id(&state.db, home).await? else { return Ok(()) };
    let now = db::now();
    // The open vote, on the four most supported demo issues.
    let mut tx = state.db.begin().await?;
    let open =
        db::ballots::insert(&mut tx, home, &settings(Method::Approval, now - 3600, now + 30 * 86400, &PRIORITIES), council.id).await?;
    tx.commit().await?;
    let issues = db::listing::list(&state.db, state.backend, home, db::issues::Sort::MostSupported, &Default::default(), 4).await?;
    for issue in &issues {
        let form = [("issue".to_string(), issue.id.to_string())].into_iter().collect();
        ballots::add_option(state, council, &m, open, &form).await?;
    }
    complete_labels(state, open, &m.languages).await?;
    ballots::open(state, council, &m, open).await?;

    // The budget vote from the Assen file, voted by its 84 voters, then closed and published.
    let mut tx = state.db.begin().await?;
    let budget = db::ballots::insert(&mut tx, home, &settings(Method::Budget, now - 7200, now + 86400, &BUDGET), council.id).await?;
    tx.commit().await?;
    if ballots::import::from_pabulib(state, council, &m, budget, ASSEN).await.is_err() {
        return Ok(());
    }
    complete_labels(state, budget, &m.languages).await?;
    ballots::open(state, council, &m, budget).await?;
    let file = PbFile::parse(ASSEN).map_err(|e| anyhow::anyhow!("the demo pabulib file: line {}", e.line))?;
    // One unguessable password shared by every generated voter: nobody can sign in as them.
    let hash = state.hasher.hash(&crate::domain::codes::generate(6)).await?;
    for (i, v) in file.votes.iter().enumerate() {
        let name = Username::parse(&format!("demo-voter-{}", i + 1)).map_err(crate::error::AppError::BadRequest)?;
        let new = db::users::NewUser {
            username: name.as_str(),
            username_key: &name.key(),
            password_hash: &hash,
            email: None,
            preferred_language: None,
            recovery_code_hash: None,
            is_admin: false,
            must_change_password: true,
            password_expires_at: Some(now),
            username_skeleton: Some(&name.skeleton()),
        };
        let Some(id) = db::users::insert(&state.db, &new).await? else { continue };
        db::roles::grant(&state.db, id, home, Role::Resident, None).await?;
        let voter = db::users::by_id(&state.db, id).await?.ok_or(crate::error::AppError::NotFound)?;
        let form: Vec<(String, String)> = v.vote.iter().map(|p| ("pick".to_string(), p.to_string())).collect();
        // A paper the ballot's rules refuse (none in this file) is left out, not forced in.
        if ballots::cast::cast(state, &voter, &m, budget, &form).await.is_err() {
            tracing::warn!(voter = i + 1, "a demo paper from the pabulib file was refused");
        }
    }
    sqlx::query("UPDATE ballots SET closes_at = $1 WHERE id = $2").bind(db::now() - 1).bind(budget).execute(&state.db).await?;
    ballots::count::close_one(state, budget).await?;
    ballots::count::publish(state, council, &m, budget).await?;
    Ok(())
}
