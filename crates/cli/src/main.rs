//! `eligibility`: evaluates `Answers` JSON and prints the `Report`, for publishers' pipelines
//! and for our tests.
//!
//! ```text
//! eligibility check FILE|- [--locale en|nl] [--as-of YYYY-MM-DD] [--format json|text]
//! ```
//! Exit 0 on success; exit 2 with one line naming the JSON path (and array index) on bad input.

mod text;

use clap::{Parser, Subcommand, ValueEnum};
use eligibility_rules::{answers_or_list_from_json, evaluate, Date, Locale, Options};
use std::io::Read;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "eligibility",
    version,
    about = "Check Microsoft commercial marketplace partner-program eligibility (co-sell, Marketplace Rewards, APSS, storefront, lead sharing)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Evaluate one Answers object, or an array of them, and print the report(s).
    Check {
        /// JSON file with Answers, or `-` for standard input.
        file: String,
        /// Language of messages and next steps.
        #[arg(long, value_enum, default_value_t = LocaleArg::En)]
        locale: LocaleArg,
        /// Evaluation date used where the answers have no `asOf` (default: today, UTC).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<Date>,
        /// Output format: the Report as JSON, or a readable summary per program.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum LocaleArg {
    En,
    Nl,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text)
}

/// Today in UTC from the system clock (the only clock read in the project's Rust code).
fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch((secs / 86_400) as i64).unwrap_or(Date::UNIX_EPOCH)
}

fn read_input(file: &str) -> Result<String, String> {
    let mut text = String::new();
    if file == "-" {
        std::io::stdin().read_to_string(&mut text).map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    }
    Ok(text)
}

fn run(cli: Cli) -> Result<String, String> {
    let Command::Check { file, locale, as_of, format } = cli.command;
    let text = read_input(&file)?;
    let name = if file == "-" { "<stdin>" } else { file.as_str() };
    let (list, was_array) = answers_or_list_from_json(&text).map_err(|e| format!("{name}: {e}"))?;
    let locale = match locale {
        LocaleArg::En => Locale::En,
        LocaleArg::Nl => Locale::Nl,
    };
    let options = Options::new(locale, as_of.unwrap_or_else(today));
    let reports: Vec<_> = list.iter().map(|a| evaluate(a, &options)).collect();
    match format {
        Format::Text => Ok(reports.iter().map(text::summary).collect::<Vec<_>>().join("\n")),
        Format::Json => {
            let json = if was_array {
                serde_json::to_string_pretty(&reports)
            } else {
                serde_json::to_string_pretty(&reports[0])
            };
            json.map_err(|e| format!("cannot write the report: {e}"))
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("eligibility: {}", message.replace('\n', " "));
            ExitCode::from(2)
        }
    }
}
