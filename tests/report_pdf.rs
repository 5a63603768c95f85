//! Council reports as PDF: rendered, turned into a PNG by poppler for a person to look at, and
//! read back with pdftotext in Latin, Arabic, Persian, Cyrillic and Greek script.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use chorus::report::{Block, Report, render};
use unicode_normalization::UnicodeNormalization;

fn paragraph(text: &str, lang: &str) -> Block {
    Block::Paragraph { text: text.into(), lang: lang.into() }
}

fn council_report() -> Report {
    Report {
        title: "Housing and the neighbourhood".into(),
        lang: "en".into(),
        rtl: false,
        subtitle: "Migrant advisory council · consultation results, November 2026".into(),
        footer: "Chorus — generated 2026-12-01".into(),
        blocks: vec![
            Block::Heading { text: "What participants said".into(), level: 1 },
            paragraph(
                "Viele Teilnehmende wünschen sich bezahlbare Wohnungen in der Nähe ihrer Arbeit und \
                 eine Beratungsstelle, die auch am Abend geöffnet ist. Die Mieten sind seit 2021 um 18 % gestiegen.",
                "de",
            ),
            paragraph("الإسكان والحي", "ar"),
            paragraph("شارك 412 شخصاً في الاستشارة، وطلب كثيرون منهم أن يكون موقع Chorus متاحاً باللغة العربية أيضاً.", "ar"),
            paragraph("زبان آموزی برای بزرگسالان", "fa"),
            paragraph("Жильё и район: жители просят больше детских площадок.", "ru"),
            paragraph("Στέγαση και γειτονιά", "el"),
            Block::Rule,
            Block::Heading { text: "Priorities by votes".into(), level: 2 },
            Block::Table {
                headers: vec!["Proposal".into(), "Language".into(), "Votes".into(), "Share".into()],
                rows: vec![
                    vec!["Evening opening of the advice centre".into(), "de".into(), "128".into(), "31.1 %".into()],
                    vec!["الإسكان والحي".into(), "ar".into(), "97".into(), "23.5 %".into()],
                    vec!["زبان آموزی برای بزرگسالان".into(), "fa".into(), "84".into(), "20.4 %".into()],
                    vec!["Жильё и район".into(), "uk".into(), "61".into(), "14.8 %".into()],
                    vec!["Στέγαση και γειτονιά".into(), "el".into(), "42".into(), "10.2 %".into()],
                ],
                numeric: vec![false, false, true, true],
            },
            Block::BarChart {
                title: "Votes per proposal".into(),
                bars: vec![
                    ("Evening opening".into(), 128.0),
                    ("الإسكان والحي".into(), 97.0),
                    ("زبان آموزی".into(), 84.0),
                    ("Жильё и район".into(), 61.0),
                    ("Στέγαση".into(), 42.0),
                ],
                unit: "votes".into(),
            },
        ],
    }
}

/// Whether poppler's tools are here; in CI they must be (`.ci/run` installs them).
fn poppler_available() -> bool {
    let found = ["pdftoppm", "pdftotext"].iter().all(|tool| Command::new(tool).arg("-v").output().is_ok());
    if !found && std::env::var("CI").as_deref() == Ok("true") {
        panic!("pdftoppm and pdftotext (poppler-utils) are required in CI");
    }
    found
}

fn run(tool: &str, args: &[&str]) {
    let out = Command::new(tool).args(args).output().expect("poppler tool runs");
    assert!(out.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&out.stderr));
}

/// Text compared as pdftotext gives it back: compatibility forms folded (NFKC, in case Arabic
/// comes out as presentation forms), without whitespace or bidi marks.
fn normalised(text: &str) -> String {
    text.nfkc().filter(|c| !c.is_whitespace() && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}')).collect()
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-test");
    std::fs::create_dir_all(&dir).expect("create target/report-test");
    dir
}

#[test]
fn a_multilingual_report_renders_to_a_pdf_whose_text_reads_back_in_every_script() {
    let pdf = render(&council_report()).expect("render");
    assert!(pdf.starts_with(b"%PDF-"));
    let dir = out_dir();
    let pdf_path = dir.join("report.pdf");
    std::fs::write(&pdf_path, &pdf).expect("write report.pdf");
    println!("report PDF: {} ({} bytes)", pdf_path.display(), pdf.len());
    if !poppler_available() {
        println!("skipped: pdftoppm/pdftotext (poppler-utils) are not installed");
        return;
    }

    let png_root = dir.join("page");
    run("pdftoppm", &["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf_path.to_str().unwrap(), png_root.to_str().unwrap()]);
    let png = dir.join("page.png");
    let page_1 = dir.join("page-1.png");
    std::fs::rename(&png, &page_1).expect("page-1.png");
    println!("page 1 as PNG: {}", page_1.display());

    let txt = dir.join("report.txt");
    run("pdftotext", &["-enc", "UTF-8", pdf_path.to_str().unwrap(), txt.to_str().unwrap()]);
    let extracted = normalised(&std::fs::read_to_string(&txt).expect("report.txt"));
    // pdftotext gives each right-to-left run in logical order but the runs of a mixed line in
    // visual order, so a sentence mixing directions is checked run by run.
    for expected in [
        "Housing and the neighbourhood",
        "Beratungsstelle",
        "الإسكان والحي",
        "شارك",
        "412",
        "في الاستشارة",
        "Chorus",
        "زبان آموزی برای بزرگسالان",
        "Жильё и район",
        "Στέγαση και γειτονιά",
        "Votes per proposal",
        "1 / 1",
    ] {
        assert!(extracted.contains(&normalised(expected)), "pdftotext lacks {expected:?}; it gave:\n{extracted}");
    }
}

#[test]
fn a_twenty_page_report_renders_quickly_and_numbers_its_pages() {
    let mut report = council_report();
    let blocks = report.blocks.clone();
    while report.blocks.len() < 12 * 25 {
        report.blocks.extend(blocks.iter().cloned());
    }
    let started = Instant::now();
    let pdf = render(&report).expect("render");
    let took = started.elapsed();
    let dir = out_dir();
    let pdf_path = dir.join("long.pdf");
    std::fs::write(&pdf_path, &pdf).expect("write long.pdf");
    println!("long report: {} bytes in {took:?}: {}", pdf.len(), pdf_path.display());
    // A generous bound for a debug build on a busy machine; the note above records the time.
    assert!(took.as_secs_f32() < 10.0, "rendering took {took:?}");
    if poppler_available() {
        let txt = dir.join("long.txt");
        run("pdftotext", &["-enc", "UTF-8", pdf_path.to_str().unwrap(), txt.to_str().unwrap()]);
        let text = std::fs::read_to_string(&txt).expect("long.txt");
        let pages = text.matches('\u{c}').count();
        println!("long report: {pages} pages");
        assert!(pages >= 20, "{pages} pages");
        assert!(text.contains(&format!("{pages} / {pages}")));
    }
}

#[test]
fn a_right_to_left_report_mirrors_its_page_and_keeps_its_text() {
    let report = Report {
        title: "گزارش شورای مشورتی مهاجران".into(),
        lang: "fa".into(),
        rtl: true,
        subtitle: "نتایج رایزنی، آذر ۱۴۰۵".into(),
        footer: "Chorus — ۲۰۲۶-۱۲-۰۱".into(),
        blocks: vec![
            Block::Heading { text: "زبان آموزی برای بزرگسالان".into(), level: 1 },
            paragraph("۸۴ نفر به کلاس‌های شبانه رأی دادند؛ برخی پیشنهاد کردند که سایت Chorus هم فارسی باشد.", "fa"),
            paragraph("Evening classes were the second priority.", "en"),
            Block::Table {
                headers: vec!["پیشنهاد".into(), "رأی".into()],
                rows: vec![vec!["کلاس‌های شبانه".into(), "84".into()], vec!["مشاوره مسکن".into(), "97".into()]],
                numeric: vec![false, true],
            },
            Block::BarChart {
                title: "رأی‌ها".into(),
                bars: vec![("مشاوره مسکن".into(), 97.0), ("کلاس‌های شبانه".into(), 84.0)],
                unit: "رأی".into(),
            },
        ],
    };
    let pdf = render(&report).expect("render");
    let dir = out_dir();
    let pdf_path = dir.join("report-fa.pdf");
    std::fs::write(&pdf_path, &pdf).expect("write report-fa.pdf");
    if !poppler_available() {
        println!("skipped: pdftoppm/pdftotext (poppler-utils) are not installed");
        return;
    }
    let png_root = dir.join("report-fa");
    run("pdftoppm", &["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf_path.to_str().unwrap(), png_root.to_str().unwrap()]);
    println!("Persian page 1 as PNG: {}", dir.join("report-fa.png").display());
    let txt = dir.join("report-fa.txt");
    run("pdftotext", &["-enc", "UTF-8", pdf_path.to_str().unwrap(), txt.to_str().unwrap()]);
    let extracted = normalised(&std::fs::read_to_string(&txt).expect("report-fa.txt"));
    for expected in ["گزارش شورای مشورتی مهاجران", "زبان آموزی برای بزرگسالان", "کلاس‌های شبانه", "Evening classes", "مشاوره مسکن"]
    {
        assert!(extracted.contains(&normalised(expected)), "pdftotext lacks {expected:?}; it gave:\n{extracted}");
    }
}
