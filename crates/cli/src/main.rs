//! `eligibility`: evaluates `Answers` JSON and prints the `Report`, for publishers' pipelines
//! and for our tests.
//!
//! ```text
//! eligibility check FILE|- [--locale en|nl] [--as-of YYYY-MM-DD] [--format json|text|csv]
//! eligibility link FILE|- [--base URL] [--part co-sell|rewards|apss|storefront|lead-sharing] [--as-of …]
//! eligibility record FILE|- [--locale en|nl] [--as-of …]     a decision record (docs/record.md)
//! eligibility compare FILE|- [--locale en|nl] [--as-of …] [--format text|json]
//! ```
//! `compare` evaluates the answers under the other co-sell and storefront rule set and prints
//! what would differ (`eligibility_exchange::compare`).
//! `check` reads one `Answers` object, a JSON array of them, or a CSV file (a `.csv` name or
//! `--input csv`; see `eligibility_exchange::batch`). Exit 0 on success; exit 2 with one line
//! naming the JSON path (and array index or row) on bad input. With `--format csv` every row is
//! checked and a bad row gets its problem in the `error` column; the exit code is then 1. A CSV
//! file or a JSON array is checked row by row as it is read, in flat memory (`stream`).

mod stream;
mod text;

use clap::{Parser, Subcommand, ValueEnum};
use eligibility_exchange::{batch, compare, link};
use eligibility_rules::{answers_from_json, answers_or_list_from_json, evaluate, Date, Locale, Options};
use std::io::{BufRead, BufReader, Read};
use std::process::ExitCode;
use stream::{Batch, Output};

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
        /// Evaluation date used where the answers have no `asOf` (default: today on this computer's clock and time zone).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<Date>,
        /// Output format: the Report as JSON, a readable summary per program, or the batch table
        /// as CSV (the page's "Download table").
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Input format; default: CSV for a `.csv` file name, else JSON.
        #[arg(long, value_enum)]
        input: Option<Input>,
    },
    /// Print the share link of one Answers object (the same link as the page's "Copy share link").
    Link {
        /// JSON file with Answers, or `-` for standard input.
        file: String,
        /// The page's address, put before the fragment.
        #[arg(long, default_value = "")]
        base: String,
        /// The part of the page the link opens (default: the overview).
        #[arg(long, value_enum)]
        part: Option<Part>,
        /// Evaluation date written into the link where the answers have no `asOf` (default: today on this computer's clock and time zone).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<Date>,
    },
    /// Print the decision record of one Answers object (the page's "Download record"; docs/record.md).
    Record {
        /// JSON file with Answers, or `-` for standard input.
        file: String,
        /// Language of the report's messages.
        #[arg(long, value_enum, default_value_t = LocaleArg::En)]
        locale: LocaleArg,
        /// Evaluation date where the answers have no `asOf`, and the record's date (default: today on this computer's clock and time zone).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<Date>,
    },
    /// Evaluate one Answers object under the other co-sell and storefront rule set and print what
    /// would differ: the status (storefronts) and each check whose outcome changes.
    Compare {
        /// JSON file with Answers, or `-` for standard input.
        file: String,
        /// Language of the text output.
        #[arg(long, value_enum, default_value_t = LocaleArg::En)]
        locale: LocaleArg,
        /// Evaluation date used where the answers have no `asOf` (default: today on this computer's clock and time zone).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<Date>,
        /// Output format: a readable list, or JSON (one object per program).
        #[arg(long, value_enum, default_value_t = CompareFormat::Text)]
        format: CompareFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum CompareFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Input {
    Json,
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum Part {
    CoSell,
    Rewards,
    Apss,
    Storefront,
    LeadSharing,
}

impl Part {
    fn path(part: Option<Part>) -> &'static str {
        match part {
            None => "",
            Some(Part::CoSell) => "co-sell",
            Some(Part::Rewards) => "rewards",
            Some(Part::Apss) => "apss",
            Some(Part::Storefront) => "storefront",
            Some(Part::LeadSharing) => "lead-sharing",
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum LocaleArg {
    En,
    Nl,
}

impl From<LocaleArg> for Locale {
    fn from(locale: LocaleArg) -> Locale {
        match locale {
            LocaleArg::En => Locale::En,
            LocaleArg::Nl => Locale::Nl,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
    Csv,
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text)
}

/// Today on the user's clock (RULES.md 2.5): the system clock's date in the local time zone (from
/// `TZ` or the system's zone settings, read by chrono). The only clock read in the project's Rust
/// code; the engine gets the date as a value.
fn today() -> Date {
    let local = chrono::Local::now().date_naive();
    let days = local.signed_duration_since(chrono::NaiveDate::default()).num_days();
    Date::from_days_since_epoch(days).unwrap_or(Date::UNIX_EPOCH)
}

fn read_input(file: &str) -> Result<String, String> {
    let mut text = String::new();
    open_input(file)?.read_to_string(&mut text).map_err(|e| format!("cannot read {}: {e}", shown(file)))?;
    Ok(text)
}

/// The input, buffered: standard input for `-`.
fn open_input(file: &str) -> Result<BufReader<Box<dyn Read>>, String> {
    let input: Box<dyn Read> = if file == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(file).map_err(|e| format!("cannot read {file}: {e}"))?)
    };
    Ok(BufReader::with_capacity(1 << 16, input))
}

/// The input's name in messages.
fn shown(file: &str) -> &str {
    if file == "-" {
        "<stdin>"
    } else {
        file
    }
}

/// Whether the input's first character other than white space (or a byte-order mark) is `[`:
/// a JSON array. Reads only what it looks at past.
fn starts_array(input: &mut BufReader<Box<dyn Read>>, name: &str) -> Result<bool, String> {
    loop {
        let buffer = input.fill_buf().map_err(|e| format!("cannot read {name}: {e}"))?;
        let Some(&first) = buffer.first() else { return Ok(false) };
        if first.is_ascii_whitespace() {
            input.consume(1);
        } else if buffer.starts_with("\u{feff}".as_bytes()) {
            input.consume(3);
        } else {
            return Ok(first == b'[');
        }
    }
}

/// A batch from `input` (a CSV file when `csv_input`, else a JSON array), checked and written
/// row by row to standard output.
fn check_stream(
    input: BufReader<Box<dyn Read>>,
    name: &str,
    csv_input: bool,
    format: Format,
    options: &Options,
) -> Result<(String, ExitCode), String> {
    let output = match format {
        Format::Csv => Output::Table,
        Format::Json => Output::Json,
        Format::Text => Output::Text,
    };
    let stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut batch = Batch::new(stdout, output, name, options).map_err(|e| format!("cannot write the results: {e}"))?;
    let read = if csv_input {
        batch::csv_rows(input).map(|rows| rows.for_each(|row| batch.take(row)))
    } else {
        batch::json_rows(input, |row| batch.take(row)).map(drop)
    };
    // The rows before a problem with the file itself are written; then the problem is said.
    let code = batch.finish()?;
    read.map_err(|e| format!("{name}: {e}"))?;
    Ok((String::new(), code))
}

fn run(cli: Cli) -> Result<(String, ExitCode), String> {
    match cli.command {
        Command::Check { file, locale, as_of, format, input } => {
            let name = shown(&file);
            let options = Options::new(locale.into(), as_of.unwrap_or_else(today));
            let csv_input = match input {
                Some(input) => matches!(input, Input::Csv),
                None => file.to_ascii_lowercase().ends_with(".csv"),
            };
            let mut reader = open_input(&file)?;
            // Many offers, from a CSV file or a JSON array: row by row.
            if csv_input || starts_array(&mut reader, name)? {
                return check_stream(reader, name, csv_input, format, &options);
            }
            let mut text = String::new();
            reader.read_to_string(&mut text).map_err(|e| format!("cannot read {name}: {e}"))?;
            if matches!(format, Format::Csv) {
                return check_batch(&text, name, &options);
            }
            let (list, was_array) = answers_or_list_from_json(&text).map_err(|e| format!("{name}: {e}"))?;
            let reports: Vec<_> = list.iter().map(|a| evaluate(a, &options)).collect();
            print_reports(&reports, was_array, format).map(|out| (out, ExitCode::SUCCESS))
        }
        Command::Link { file, base, part, as_of } => {
            let text = read_input(&file)?;
            let name = shown(&file);
            let answers = answers_from_json(&text).map_err(|e| format!("{name}: {e}"))?;
            let fragment = link::encode(&link::pin(answers, as_of.unwrap_or_else(today)), Part::path(part));
            Ok((format!("{base}{fragment}"), ExitCode::SUCCESS))
        }
        Command::Record { file, locale, as_of } => {
            let text = read_input(&file)?;
            let name = shown(&file);
            let answers = answers_from_json(&text).map_err(|e| format!("{name}: {e}"))?;
            let options = Options::new(locale.into(), as_of.unwrap_or_else(today));
            Ok((
                eligibility_exchange::record::to_json(&eligibility_exchange::record::make(&answers, &options)),
                ExitCode::SUCCESS,
            ))
        }
        Command::Compare { file, locale, as_of, format } => {
            let text = read_input(&file)?;
            let name = shown(&file);
            let answers = answers_from_json(&text).map_err(|e| format!("{name}: {e}"))?;
            let options = Options::new(locale.into(), as_of.unwrap_or_else(today));
            let comparisons = compare::compare(&answers, &options);
            let out = match format {
                CompareFormat::Text => compare::to_text(&comparisons, options.locale),
                CompareFormat::Json => serde_json::to_string_pretty(&comparisons)
                    .map_err(|e| format!("cannot write the comparison: {e}"))?,
            };
            Ok((out, ExitCode::SUCCESS))
        }
    }
}

/// One JSON object with `--format csv`: a one-row table (read as a batch file, as the page does).
fn check_batch(text: &str, name: &str, options: &Options) -> Result<(String, ExitCode), String> {
    let rows = batch::read(text).map_err(|e| format!("{name}: {e}"))?;
    let reports: Vec<_> = rows.iter().map(|row| row.answers.as_ref().ok().map(|a| evaluate(a, options))).collect();
    let code = if rows.iter().all(|r| r.answers.is_ok()) { ExitCode::SUCCESS } else { ExitCode::from(1) };
    Ok((batch::table_csv(&rows, &reports), code))
}

fn print_reports(reports: &[eligibility_rules::Report], as_array: bool, format: Format) -> Result<String, String> {
    match format {
        Format::Text => Ok(reports.iter().map(text::summary).collect::<Vec<_>>().join("\n")),
        _ => {
            let json = if as_array {
                serde_json::to_string_pretty(reports)
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
        Ok((out, code)) => {
            // A batch has written its results already.
            if out.is_empty() {
                return code;
            }
            // The CSV table ends its own lines (CRLF, byte for byte the page's download).
            if out.ends_with('\n') {
                print!("{out}");
            } else {
                println!("{out}");
            }
            code
        }
        Err(message) => {
            eprintln!("eligibility: {}", message.replace('\n', " "));
            ExitCode::from(2)
        }
    }
}
