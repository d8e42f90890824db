//! `check` on a batch, row by row: each offer is read, evaluated and written before the next is
//! read, so memory stays flat however many offers a CSV file or JSON array holds.
//!
//! - `--format csv`: the result table (`eligibility_exchange::batch::TableWriter`), every row,
//!   a bad row with its problem in `error`; exit 1 when there was one.
//! - `--format json`: the reports as one JSON array, written as `serde_json`'s pretty printer
//!   writes a whole array; `--format text`: the summaries, a blank line apart. The first bad row
//!   stops the run (exit 2, its row and column named): what was written before it stays a
//!   complete array (or list of summaries) of the rows before it.

use crate::text;
use eligibility_exchange::batch::{Row, TableWriter};
use eligibility_rules::{evaluate, Options, Report};
use std::io::{self, Write};
use std::process::ExitCode;

/// How the results are written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// The result table, CSV.
    Table,
    /// The reports as a JSON array.
    Json,
    /// The readable summaries.
    Text,
}

/// A batch being checked and written.
pub struct Batch<'a, W: Write> {
    name: &'a str,
    options: &'a Options,
    output: Output,
    table: Option<TableWriter<W>>,
    out: Option<W>,
    /// Rows written so far.
    written: usize,
    /// Rows that could not be read (table only).
    bad: usize,
    /// The first bad row's message, which stops a JSON or text run.
    stopped: Option<String>,
    /// The first write error (a closed pipe, a full disk): nothing more is written.
    failed: Option<String>,
    /// Whether what was written last ends its line.
    line_ended: bool,
}

impl<'a, W: Write> Batch<'a, W> {
    /// A batch written to `out`; `name` is the input's name for messages.
    pub fn new(out: W, output: Output, name: &'a str, options: &'a Options) -> io::Result<Self> {
        let (table, out) = match output {
            Output::Table => (Some(TableWriter::new(out).map_err(io::Error::other)?), None),
            _ => (None, Some(out)),
        };
        Ok(Batch {
            name,
            options,
            output,
            table,
            out,
            written: 0,
            bad: 0,
            stopped: None,
            failed: None,
            line_ended: false,
        })
    }

    /// Checks and writes one row (nothing once the run has stopped).
    pub fn take(&mut self, row: Row) {
        if self.stopped.is_some() || self.failed.is_some() {
            return;
        }
        let report = row.answers.as_ref().ok().map(|answers| evaluate(answers, self.options));
        let result = match (&mut self.table, report) {
            (Some(table), report) => {
                self.bad += usize::from(report.is_none());
                table.write(&row, report.as_ref()).map_err(|e| e.to_string())
            }
            (None, Some(report)) => self.write_report(&report).map_err(|e| e.to_string()),
            (None, None) => {
                self.stopped = Some(self.problem(&row));
                return;
            }
        };
        match result {
            Ok(()) => self.written += 1,
            Err(e) => self.failed = Some(e),
        }
    }

    /// `name: row 3, column offer.offerType: …` (CSV), `name: [3].offer.offerType: …` (JSON).
    fn problem(&self, row: &Row) -> String {
        let Err(error) = &row.answers else { return String::new() };
        match (&error.column, row.at.starts_with('[')) {
            (Some(column), true) => format!("{}: {}.{column}: {}", self.name, row.at, error.message),
            _ => format!("{}: {}, {error}", self.name, row.at),
        }
    }

    fn write_report(&mut self, report: &Report) -> io::Result<()> {
        let Some(out) = self.out.as_mut() else { return Ok(()) };
        match self.output {
            Output::Json => {
                let json = serde_json::to_string_pretty(report).map_err(io::Error::other)?;
                // As the pretty printer writes an array: each item on its own lines, indented.
                out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
                for (i, line) in json.lines().enumerate() {
                    if i > 0 {
                        out.write_all(b"\n")?;
                    }
                    write!(out, "  {line}")?;
                }
                Ok(())
            }
            _ => {
                if self.written > 0 {
                    out.write_all(b"\n")?;
                }
                let summary = text::summary(report);
                self.line_ended = summary.ends_with('\n');
                out.write_all(summary.as_bytes())
            }
        }
    }

    /// Ends the output (closing the JSON array) and says how the run went: exit 0, exit 1 for a
    /// table with bad rows, or the message of the row that stopped it or of a write error.
    pub fn finish(self) -> Result<ExitCode, String> {
        let Batch { table, out, output, written, bad, stopped, failed, line_ended, .. } = self;
        let ended = match (table, out) {
            (Some(table), _) => table.finish().and_then(|mut out| out.flush()),
            (None, Some(mut out)) => {
                let end: &[u8] = match (output, written) {
                    (Output::Json, 0) => b"[]\n",
                    (Output::Json, _) => b"\n]\n",
                    _ if line_ended => b"",
                    _ => b"\n",
                };
                out.write_all(end).and_then(|()| out.flush())
            }
            (None, None) => Ok(()),
        };
        if let Some(e) = failed.or(ended.err().map(|e| e.to_string())) {
            return Err(format!("cannot write the results: {e}"));
        }
        match stopped {
            Some(problem) => Err(problem),
            None if bad > 0 => Ok(ExitCode::from(1)),
            None => Ok(ExitCode::SUCCESS),
        }
    }
}
