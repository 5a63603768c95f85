//! Embeds every `locales/<lang>/*.ftl` file into the binary, so that adding a language is a
//! drop-in: a new folder of Fluent files and a rebuild, no code change.
use std::{env, fs, path::Path};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    let mut langs: Vec<_> = fs::read_dir(&root).expect("locales/ directory").filter_map(Result::ok).filter(|e| e.path().is_dir()).collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = fs::read_dir(lang.path())
            .expect("locale folder")
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for file in files {
            println!("cargo:rerun-if-changed={}", file.path().display());
            entries.push(format!(
                "    ({:?}, {:?}, include_str!({:?})),\n",
                lang.file_name().to_string_lossy(),
                file.file_name().to_string_lossy(),
                file.path().display().to_string()
            ));
        }
    }
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    let code = format!(
        "/// (language tag, file name, Fluent source) for every shipped locale file.\npub static EMBEDDED: &[(&str, &str, &str)] = &[\n{}];\n",
        entries.concat()
    );
    fs::write(out, code).expect("write locales.rs");
}
