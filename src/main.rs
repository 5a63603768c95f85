//! The `chorus` command: parse the command line, set up logging, hand over to the library.

use std::{net::SocketAddr, path::PathBuf, process::ExitCode};

use chorus::{app, config::Config};
use clap::{Parser, Subcommand};

/// Chorus - a multilingual e-participation portal for migrants and migrant advisory councils.
///
/// Configuration comes from environment variables and an optional ./chorus.toml (or the file
/// named by CHORUS_CONFIG); see the README for every setting. The database is SQLite
/// (./chorus.db) unless DATABASE_URL points at PostgreSQL.
#[derive(Parser)]
#[command(version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply migrations and serve the portal until Ctrl-C or SIGTERM.
    Serve {
        /// Also create the demo municipalities and one account per role (only once; their
        /// one-time passwords are printed when they are created).
        #[arg(long)]
        demo: bool,
        /// Listen address, e.g. 0.0.0.0:8080 (overrides CHORUS_BIND).
        #[arg(long, value_name = "ADDR")]
        bind: Option<SocketAddr>,
    },
    /// Run the Telegram bot alone, by long polling, until Ctrl-C or SIGTERM (`serve` runs it
    /// beside the portal when TELOXIDE_TOKEN is set).
    Bot,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Create a global admin with a one-time password (printed once), or make an existing
    /// account an admin.
    CreateAdmin {
        /// The admin's username.
        username: String,
    },
    /// Generate a load-test dataset: accounts `user1..userN` (all with the same password) as
    /// residents spread over municipalities `town-1..town-M`. For test databases only.
    Seed {
        /// Number of accounts.
        #[arg(long, default_value_t = 10_000)]
        users: u32,
        /// Number of municipalities.
        #[arg(long, default_value_t = 10)]
        municipalities: u32,
        /// Password of every generated account.
        #[arg(long, default_value = "load test password")]
        password: String,
        /// Issues to generate in `town-1` (for load tests of listing and search).
        #[arg(long, default_value_t = 0)]
        issues: u64,
        /// Supports to spread over the generated issues.
        #[arg(long, default_value_t = 0)]
        supports: u64,
    },
    /// Count a ballot file and print the result as JSON: pabulib (.pb) or PrefLib (.soc, .soi,
    /// .toc, .toi), chosen by extension. Needs no database or configuration. Exits with status
    /// 2 when the file is invalid (naming the line) or the rule does not apply to its ballots.
    Tally {
        /// The counting rule.
        #[arg(long, value_parser = parse_rule)]
        rule: chorus::voting::rules::Rule,
        /// The ballot file.
        file: PathBuf,
    },
    /// Find the opinion groups of a statement round and print them as JSON: the map of
    /// participants (PCA), the groups (k-means, chosen by silhouette), what each group stands
    /// for, the common ground, the divisive statements and every statement's priority. FILE is
    /// CSV with the header participant,statement,vote (a vote is 1, -1, 0, agree, disagree or
    /// pass). Needs no database or configuration. Exits with status 2 when the file is invalid
    /// (naming the line).
    Opinion {
        /// The reactions file.
        file: PathBuf,
    },
    /// Time drafting the data part of a council summary and print the timings as JSON (for
    /// loadtest/summary.sh).
    #[command(hide = true)]
    SummaryData {
        /// Municipality slug.
        #[arg(long)]
        municipality: String,
        /// First day, YYYY-MM-DD (included).
        #[arg(long)]
        from: String,
        /// Day after the last, YYYY-MM-DD (excluded).
        #[arg(long)]
        to: String,
        /// Only this category (slug).
        #[arg(long)]
        theme: Option<String>,
        /// Only this neighbourhood (name).
        #[arg(long)]
        neighbourhood: Option<String>,
        /// Drafts to time.
        #[arg(long, default_value_t = 1)]
        repeat: u32,
    },
}

/// Reads `--rule`, listing the rules when the name is unknown.
fn parse_rule(s: &str) -> Result<chorus::voting::rules::Rule, String> {
    use chorus::voting::rules::Rule;
    Rule::parse(s).ok_or_else(|| format!("unknown rule (one of {})", Rule::ALL.map(Rule::as_str).join(", ")))
}

/// `chorus tally`: JSON on stdout, or the reason on stderr and status 2.
fn tally(rule: chorus::voting::rules::Rule, file: &std::path::Path) -> ExitCode {
    use std::io::Write;
    match chorus::voting::cli::tally_file(file, rule) {
        Ok(report) => {
            let json = serde_json::to_string_pretty(&report).unwrap_or_default();
            // A closed pipe (`chorus tally … | head`) is not worth a panic.
            match writeln!(std::io::stdout().lock(), "{json}") {
                Ok(()) => ExitCode::SUCCESS,
                Err(_) => ExitCode::FAILURE,
            }
        }
        Err(e) => {
            eprintln!("chorus tally: {e}");
            ExitCode::from(2)
        }
    }
}

/// `chorus opinion`: JSON on stdout, or the reason on stderr and status 2.
fn opinion(file: &std::path::Path) -> ExitCode {
    use std::io::Write;
    match chorus::opinion::cli::opinion_file(file) {
        Ok(report) => {
            let json = serde_json::to_string_pretty(&report).unwrap_or_default();
            match writeln!(std::io::stdout().lock(), "{json}") {
                Ok(()) => ExitCode::SUCCESS,
                Err(_) => ExitCode::FAILURE,
            }
        }
        Err(e) => {
            eprintln!("chorus opinion: {e}");
            ExitCode::from(2)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Counting or analysing a file is pure computation: it runs before (and without) any
    // configuration.
    if let Command::Tally { rule, file } = &cli.command {
        return tally(*rule, file);
    }
    if let Command::Opinion { file } = &cli.command {
        return opinion(file);
    }
    let mut config = match Config::load() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("chorus: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    if let Command::Serve { bind: Some(bind), .. } = &cli.command {
        config.bind = *bind;
    }
    chorus::init_tracing(&config);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("chorus: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        match cli.command {
            Command::Serve { demo, .. } => app::run(config, demo).await,
            Command::Bot => app::run_bot(config).await,
            Command::Migrate => {
                chorus::state::AppState::connect(config).await?;
                println!("Migrations applied.");
                Ok(())
            }
            Command::Seed { users, municipalities, password, issues, supports } => {
                let state = chorus::state::AppState::connect(config).await?;
                let plan = chorus::services::generate::Plan { users, municipalities, password, issues, supports };
                let r = chorus::services::generate::run(&state, &plan).await.map_err(|e| anyhow::anyhow!("seeding failed: {e}"))?;
                println!(
                    "Seeded {} accounts, {} roles, {} municipalities, {} issues and {} supports in {} ms.",
                    r.users, r.roles, r.municipalities, r.issues, r.supports, r.millis
                );
                Ok(())
            }
            Command::SummaryData { municipality, from, to, theme, neighbourhood, repeat } => {
                let state = chorus::state::AppState::connect(config).await?;
                let args = chorus::services::summaries::data::cli::Args { municipality, from, to, theme, neighbourhood, repeat };
                let report = chorus::services::summaries::data::cli::run(&state, &args).await?;
                println!("{}", serde_json::to_string(&report)?);
                Ok(())
            }
            // Answered before the configuration was loaded (see the start of `main`).
            Command::Tally { .. } | Command::Opinion { .. } => Ok(()),
            Command::CreateAdmin { username } => {
                let state = chorus::state::AppState::connect(config).await?;
                match chorus::services::demo::create_admin(&state, &username).await {
                    Ok(Some(a)) => println!("Admin {} created. One-time password (shown once): {}", a.username, a.password),
                    Ok(None) => println!("{username} is now an admin (password unchanged)."),
                    Err(e) => anyhow::bail!("cannot create admin {username:?}: {e}"),
                }
                Ok(())
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chorus: {e:#}");
            ExitCode::FAILURE
        }
    }
}
