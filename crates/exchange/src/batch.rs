//! Batch checks: many offers at once, from a JSON array of `Answers` or a CSV file with one
//! offer per row, and the result table as CSV (the page's download and the CLI's
//! `--format csv` are this one function, so they agree byte for byte).
//!
//! CSV input: the header row holds `Answers` JSON paths (`partner.hasMpnId`, `offer.offerType`);
//! an empty cell is "not answered"; yes/no cells are `true`/`false` (also `yes`/`no`, `ja`/`nee`);
//! list cells are separated by `;` (`US;NL`), `[]` is the empty list, and a cell that starts with
//! `[` is read as JSON (for `offer.salesContacts`). Rows are numbered as in a spreadsheet: the
//! header is row 1, the first offer row 2.
//!
//! Both inputs can be read one row at a time from any reader ([`csv_rows`], [`json_rows`]) and
//! the table written one row at a time ([`TableWriter`]), so the CLI checks a file of any size in
//! flat memory. The page reads a file whole ([`read`]) and keeps to [`MAX_INPUT`].

use eligibility_rules::{read_answers, Answers, ParseError, Report};
use serde::de::{DeserializeSeed, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::{fmt, io};

/// The longest input [`read`] takes (bytes): about 20,000 offers; beyond it the file is refused
/// whole, with a pointer to the CLI, which streams files of any size.
pub const MAX_INPUT: usize = 16 * 1024 * 1024;

/// Why one row (or JSON item) could not be read; the other rows are still checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// The column (a JSON path, `offer.offerType`); `None` for the whole row.
    pub column: Option<String>,
    /// What is wrong.
    pub message: String,
}

/// One offer of a batch: where it is in the file and its answers, or why they cannot be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// `row 2` (CSV, spreadsheet numbering) or `[0]` (JSON array index).
    pub at: String,
    /// The answers, or the problem.
    pub answers: Result<Answers, RowError>,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(f, "column {column}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Reads a batch file: a JSON array when the text starts with `[`, else CSV. A file that is
/// neither (or a bad CSV header) is refused whole; bad rows are kept with their error.
pub fn read(text: &str) -> Result<Vec<Row>, ParseError> {
    if text.len() > MAX_INPUT {
        return Err(whole(format!(
            "the file is larger than {} MB; the command-line tool checks files of any size (eligibility check FILE --format csv)",
            MAX_INPUT >> 20
        )));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with('[') {
        read_json(text)
    } else {
        read_csv(text)
    }
}

fn whole(message: String) -> ParseError {
    ParseError { path: String::new(), message }
}

/// Answers from JSON, always through `&Value` as every reader of this crate does (links, records):
/// one compiled instance of the engine's path-naming reader, not one per kind of value.
fn answers_of(value: &Value) -> Result<Answers, ParseError> {
    read_answers(value)
}

/// A JSON array of `Answers`; each item read on its own (errors keep the path inside the item).
pub fn read_json(text: &str) -> Result<Vec<Row>, ParseError> {
    let mut rows = Vec::new();
    json_items(&mut serde_json::Deserializer::from_str(text), |row| rows.push(row))?;
    Ok(rows)
}

/// Reads a JSON array of `Answers` from `reader` one item at a time, handing each to `each` as a
/// [`Row`] (`[0]`, `[1]`, …) before the next is read: the array is never held whole. Returns how
/// many items there were. A text that is not a JSON array is refused whole; a syntax error after
/// some items is refused too, those items having been handed over. Give it a buffered reader.
pub fn json_rows<R: io::Read>(reader: R, each: impl FnMut(Row)) -> Result<usize, ParseError> {
    json_items(&mut serde_json::Deserializer::from_reader(reader), each)
}

fn json_items<'de, R: serde_json::de::Read<'de>>(
    deserializer: &mut serde_json::Deserializer<R>,
    each: impl FnMut(Row),
) -> Result<usize, ParseError> {
    let refused = |e: serde_json::Error| whole(format!("not a JSON array of answers: {e}"));
    let count = Items { each, count: 0 }.deserialize(&mut *deserializer).map_err(refused)?;
    deserializer.end().map_err(refused)?;
    Ok(count)
}

/// The items of a JSON array, each read into a `Value` and handed over as a row at once.
struct Items<F> {
    each: F,
    count: usize,
}

impl<'de, F: FnMut(Row)> DeserializeSeed<'de> for Items<F> {
    type Value = usize;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, F: FnMut(Row)> Visitor<'de> for Items<F> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON array of answers")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut items: A) -> Result<usize, A::Error> {
        while let Some(item) = items.next_element::<Value>()? {
            let answers = answers_of(&item)
                .map_err(|e| RowError { column: (!e.path.is_empty()).then_some(e.path), message: e.message });
            (self.each)(Row { at: format!("[{}]", self.count), answers });
            self.count += 1;
        }
        Ok(self.count)
    }
}

/// How the cells of a column become JSON, found by asking the engine's own reader which shape
/// the path accepts (so no second table of field types is kept).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    YesNo,
    Number,
    List,
    Text,
}

/// The shape `path` takes in `Answers`, or `None` when it is not an answer's path.
fn shape(path: &str) -> Option<Shape> {
    let accepts = |value: Value| answers_of(&nest(path, value)).is_ok();
    if path.is_empty() || path.split('.').any(str::is_empty) || path.split('.').count() > 2 {
        return None;
    }
    // A section (`offer`) takes an object; its keys are the columns.
    if accepts(Value::Object(Map::new())) {
        return None;
    }
    if accepts(Value::Bool(true)) {
        Some(Shape::YesNo)
    } else if accepts(Value::from(0)) {
        Some(Shape::Number)
    } else if accepts(Value::Array(Vec::new())) {
        Some(Shape::List)
    } else if accepts(Value::Null) {
        Some(Shape::Text)
    } else {
        None
    }
}

/// `{"offer": {"offerType": value}}` for `offer.offerType`.
fn nest(path: &str, value: Value) -> Value {
    path.rsplit('.').fold(value, |inner, key| Value::Object(Map::from_iter([(key.to_owned(), inner)])))
}

/// Puts `value` at `path` into `object`, creating the section.
fn insert(object: &mut Map<String, Value>, path: &str, value: Value) {
    match path.split_once('.') {
        Some((section, key)) => {
            let entry = object.entry(section.to_owned()).or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(inner) = entry {
                inner.insert(key.to_owned(), value);
            }
        }
        None => {
            object.insert(path.to_owned(), value);
        }
    }
}

/// One cell as JSON, by the column's shape.
fn cell(shape: Shape, text: &str) -> Result<Value, String> {
    let text = text.trim();
    Ok(match shape {
        Shape::YesNo => match text.to_ascii_lowercase().as_str() {
            "true" | "yes" | "ja" => Value::Bool(true),
            "false" | "no" | "nee" => Value::Bool(false),
            _ => return Err(format!("`{text}` is not a yes/no answer (true or false)")),
        },
        Shape::Number => {
            let number = plain_number(text)?;
            serde_json::Number::from_f64(number)
                .map(Value::Number)
                .ok_or_else(|| format!("`{text}` is not a number"))?
        }
        Shape::List if text.starts_with('[') => {
            serde_json::from_str(text).map_err(|e| format!("the list is not valid JSON: {e}"))?
        }
        Shape::List => {
            Value::Array(text.split(';').map(str::trim).filter(|s| !s.is_empty()).map(Value::from).collect())
        }
        Shape::Text => Value::from(text),
    })
}

/// A number cell in the contract's plain notation (amounts in US dollars, percentages, the schema
/// version): digits, then at most two decimals after a dot; no thousands separators, no exponent.
/// The cell is read as text, so `100.000` (a Dutch hundred thousand) is refused for its three
/// decimals instead of being read as 100, and `100,000` for its comma.
fn plain_number(text: &str) -> Result<f64, String> {
    const HOW: &str =
        "write digits with at most two decimals after a dot and no thousands separators: 100000, 99999.99 or 50.5";
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, decimals) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || (unsigned.contains('.') && !digits(decimals)) {
        return Err(format!("`{text}` is not a number in plain notation; {HOW}"));
    }
    if decimals.len() > 2 {
        return Err(format!("`{text}` has {} decimals; {HOW} (a hundred thousand is 100000)", decimals.len()));
    }
    text.parse().map_err(|_| format!("`{text}` is not a number in plain notation; {HOW}"))
}

/// A CSV file with a header of JSON paths. Errors for the whole file: unreadable CSV, an empty
/// file, or a header that is not an `Answers` path (naming the column).
pub fn read_csv(text: &str) -> Result<Vec<Row>, ParseError> {
    Ok(csv_rows(text.as_bytes())?.collect())
}

/// The rows of a CSV file read one at a time from `reader` (see [`read_csv`]): the header is read
/// first, and refused whole as there; then each row is read, checked and handed over as the
/// iterator is advanced. Blank rows are skipped (their number is kept). Give it a buffered reader
/// or none: the `csv` crate buffers its own.
pub fn csv_rows<R: io::Read>(reader: R) -> Result<CsvRows<R>, ParseError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
    let headers = reader.headers().map_err(|e| whole(format!("not a readable CSV file: {e}")))?.clone();
    if headers.iter().all(|h| h.trim().is_empty()) {
        return Err(whole("the CSV file has no header row of answer paths (partner.hasMpnId, …)".into()));
    }
    let mut columns = Vec::new();
    for (i, header) in headers.iter().enumerate() {
        let path = header.trim().to_owned();
        let shape = if path == "schemaVersion" { Some(Shape::Number) } else { shape(&path) };
        match shape {
            Some(shape) => columns.push((path, shape)),
            None => {
                return Err(ParseError {
                    path: path.clone(),
                    message: format!(
                        "column {} of the header is not an answer's JSON path (like offer.offerType)",
                        i + 1
                    ),
                })
            }
        }
    }
    Ok(CsvRows { records: reader.into_records(), columns, read: 0 })
}

/// The rows of a CSV file, read as they are asked for ([`csv_rows`]).
pub struct CsvRows<R: io::Read> {
    records: csv::StringRecordsIntoIter<R>,
    columns: Vec<(String, Shape)>,
    /// Records read so far (the header not counted).
    read: usize,
}

impl<R: io::Read> Iterator for CsvRows<R> {
    type Item = Row;

    fn next(&mut self) -> Option<Row> {
        loop {
            let record = self.records.next()?;
            self.read += 1;
            let at = format!("row {}", self.read + 1);
            let answers = match record {
                Err(e) => Err(RowError { column: None, message: format!("not readable as CSV: {e}") }),
                Ok(record) if record.iter().all(|c| c.trim().is_empty()) => continue,
                Ok(record) if record.len() > self.columns.len() => Err(RowError {
                    column: None,
                    message: format!("{} cells, but the header has {} columns", record.len(), self.columns.len()),
                }),
                Ok(record) => row(&self.columns, &record),
            };
            return Some(Row { at, answers });
        }
    }
}

/// One CSV row as `Answers`; the first bad cell names its column.
fn row(columns: &[(String, Shape)], record: &csv::StringRecord) -> Result<Answers, RowError> {
    let mut object = Map::new();
    for ((path, shape), text) in columns.iter().zip(record.iter()) {
        if text.trim().is_empty() {
            continue;
        }
        let value = cell(*shape, text).map_err(|message| RowError { column: Some(path.clone()), message })?;
        insert(&mut object, path, value);
    }
    answers_of(&Value::Object(object)).map_err(|e| {
        // `offer.coSellGeographies[1]` belongs to the column `offer.coSellGeographies`.
        let column = columns.iter().map(|(p, _)| p).find(|p| e.path == **p || e.path.starts_with(&format!("{p}[")));
        RowError { column: Some(column.cloned().unwrap_or(e.path)), message: e.message }
    })
}

/// The columns of the result table, on the page and in `--format csv`.
pub const TABLE_HEADER: [&str; 7] =
    ["row", "offer.name", "coSell.status", "rewards.status", "apss.status", "storefront.storefronts", "error"];

/// The result table as CSV: one line per row in [`TABLE_HEADER`] order, statuses as contract
/// codes, storefronts joined by `;`, and the problem for a row that could not be read.
pub fn table_csv(rows: &[Row], reports: &[Option<Report>]) -> String {
    // Writing to memory cannot fail.
    let Ok(mut table) = TableWriter::new(Vec::new()) else { return String::new() };
    for (row, report) in rows.iter().zip(reports) {
        let _ = table.write(row, report.as_ref());
    }
    String::from_utf8(table.finish().unwrap_or_default()).unwrap_or_default()
}

/// Writes the result table ([`table_csv`]'s format, CRLF line ends) one row at a time.
pub struct TableWriter<W: io::Write> {
    writer: csv::Writer<W>,
}

impl<W: io::Write> TableWriter<W> {
    /// A table on `out`, its header written. Errors are `out`'s, as `csv` reports them (kept as
    /// they are: the page ignores them, and turning them into `io::Error` would carry their
    /// formatting into its tools module).
    pub fn new(out: W) -> csv::Result<Self> {
        let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out);
        writer.write_record(TABLE_HEADER)?;
        Ok(TableWriter { writer })
    }

    /// Writes the line of `row`, with its `report` (`None` for a row that could not be read).
    pub fn write(&mut self, row: &Row, report: Option<&Report>) -> csv::Result<()> {
        let name = row.answers.as_ref().ok().and_then(|a| a.offer.as_ref()?.name.clone()).unwrap_or_default();
        let error = row.answers.as_ref().err().map(ToString::to_string).unwrap_or_default();
        let cells = match report {
            Some(r) => [
                r.co_sell.status.as_str().to_owned(),
                r.rewards.status.as_str().to_owned(),
                r.apss.status.as_str().to_owned(),
                r.storefront.storefronts.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(";"),
            ],
            None => Default::default(),
        };
        let [co_sell, rewards, apss, storefronts] = cells;
        self.writer.write_record([row.at.as_str(), &name, &co_sell, &rewards, &apss, &storefronts, &error])
    }

    /// Flushes the table and gives `out` back.
    pub fn finish(self) -> io::Result<W> {
        self.writer.into_inner().map_err(|e| e.into_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eligibility_rules::{evaluate, Date, Locale, OfferType, Options};

    #[test]
    fn shapes_come_from_the_engine() {
        assert_eq!(shape("partner.hasMpnId"), Some(Shape::YesNo));
        assert_eq!(shape("partner.azureConsumedRevenueUsd"), Some(Shape::Number));
        assert_eq!(shape("offer.liveIn"), Some(Shape::List));
        assert_eq!(shape("offer.salesContacts"), Some(Shape::List));
        assert_eq!(shape("offer.offerType"), Some(Shape::Text));
        assert_eq!(shape("asOf"), Some(Shape::Text));
        assert_eq!(shape("offer.offerTyp"), None);
        assert_eq!(shape("offer"), None);
        assert_eq!(shape(""), None);
        assert_eq!(shape("a.b.c"), None);
    }

    #[test]
    fn csv_rows_become_answers_and_bad_rows_name_row_and_column() {
        let text = "offer.name,partner.hasMpnId,offer.offerType,offer.liveIn,offer.coSellGeographies,partner.azureConsumedRevenueUsd\n\
                    A,true,saas,azure-marketplace,US;NL,100000\n\
                    B,maybe,saas,,,\n\
                    ,,,,,\n\
                    C,no,saaas,[],,\n\
                    D,,,,US;nl,\n";
        let rows = read_csv(text).unwrap();
        assert_eq!(rows.len(), 4, "the empty line is skipped");
        let a = rows[0].answers.as_ref().unwrap();
        assert_eq!(a.offer.as_ref().unwrap().offer_type, Some(OfferType::Saas));
        assert_eq!(a.offer.as_ref().unwrap().co_sell_geographies.as_ref().unwrap().len(), 2);
        let err = |i: usize| (rows[i].at.clone(), rows[i].answers.clone().unwrap_err().column.unwrap());
        assert_eq!(err(1), ("row 3".into(), "partner.hasMpnId".into()));
        assert_eq!(err(2), ("row 5".into(), "offer.offerType".into()));
        assert_eq!(err(3), ("row 6".into(), "offer.coSellGeographies".into()));
    }

    #[test]
    fn number_cells_take_plain_notation_only() {
        let text = "offer.name,partner.azureConsumedRevenueUsd,offer.azureIpInfrastructurePercent\n\
                    plain,99999.99,50.5\n\
                    whole,100000,100.00\n\
                    dutch,100.000,\n\
                    comma,\"100,000\",\n\
                    exponent,1e5,\n\
                    decimals,99999.999,\n\
                    percent,,\"50,5\"\n";
        let rows = read_csv(text).unwrap();
        let partner = |i: usize| rows[i].answers.as_ref().unwrap().partner.clone().unwrap();
        assert_eq!(partner(0).azure_consumed_revenue_usd.unwrap().cents(), 9_999_999);
        assert_eq!(partner(1).azure_consumed_revenue_usd.unwrap().cents(), 10_000_000);
        let refused = |i: usize| rows[i].answers.clone().unwrap_err();
        let dutch = refused(2);
        assert_eq!((rows[2].at.as_str(), dutch.column.as_deref()), ("row 4", Some("partner.azureConsumedRevenueUsd")));
        assert!(
            dutch.message.contains("`100.000` has 3 decimals")
                && dutch.message.contains("a hundred thousand is 100000"),
            "{}",
            dutch.message
        );
        for i in [3, 4, 5, 6] {
            assert!(refused(i).message.contains("no thousands separators"), "{}", refused(i).message);
        }
        assert_eq!(refused(6).column.as_deref(), Some("offer.azureIpInfrastructurePercent"));
    }

    #[test]
    fn a_bad_header_refuses_the_file() {
        let e = read_csv("offer.name,offer.offerTyp\nA,saas\n").unwrap_err();
        assert_eq!(e.path, "offer.offerTyp");
        assert!(read("").is_err());
        assert!(read("[1,").is_err());
    }

    #[test]
    fn json_items_are_checked_one_by_one() {
        let rows = read(r#"[{"partner":{"hasMpnId":true}}, {"offer":{"offerType":1}}, 7]"#).unwrap();
        assert!(rows[0].answers.is_ok());
        assert_eq!(rows[1].answers.clone().unwrap_err().column.as_deref(), Some("offer.offerType"));
        assert_eq!((rows[2].at.as_str(), rows[2].answers.clone().unwrap_err().column), ("[2]", None));
    }

    #[test]
    fn table_has_one_line_per_row_with_codes() {
        let rows = read_csv("offer.name,partner.hasMpnId\n\"Contoso, Inc\",true\nB,x\n").unwrap();
        let options = Options::new(Locale::En, Date::parse("2026-11-26").unwrap());
        let reports: Vec<_> = rows.iter().map(|r| r.answers.as_ref().ok().map(|a| evaluate(a, &options))).collect();
        let table = table_csv(&rows, &reports);
        let lines: Vec<_> = table.split("\r\n").collect();
        assert_eq!(lines[0], "row,offer.name,coSell.status,rewards.status,apss.status,storefront.storefronts,error");
        assert_eq!(lines[1], "row 2,\"Contoso, Inc\",not-co-sell-ready,publish-offer-first,unknown,,");
        assert!(lines[2].starts_with("row 3,,,,,,column partner.hasMpnId: "), "{}", lines[2]);
    }

    #[test]
    fn a_file_over_the_page_limit_is_refused_with_a_pointer_to_the_cli() {
        let big = "offer.name\n".to_owned() + &"x\n".repeat(MAX_INPUT / 2);
        let error = read(&big).unwrap_err();
        assert!(error.message.contains("larger than 16 MB; the command-line tool checks files of any size"), "{error}");
    }

    #[test]
    fn a_json_array_is_handed_over_item_by_item_and_a_cut_off_array_is_refused_after_its_items() {
        let mut seen = Vec::new();
        let count =
            json_rows(r#"[{"offer":{"name":"A"}}, {"offer":{"offerType":"x"}}]"#.as_bytes(), |row| seen.push(row));
        assert_eq!(count, Ok(2));
        assert_eq!((seen[0].at.as_str(), seen[1].at.as_str()), ("[0]", "[1]"));
        assert!(seen[0].answers.is_ok());
        assert_eq!(seen[1].answers.as_ref().unwrap_err().column.as_deref(), Some("offer.offerType"));
        let mut seen = Vec::new();
        let error = json_rows(r#"[{"offer":{"name":"A"}}, {"offer":"#.as_bytes(), |row| seen.push(row)).unwrap_err();
        assert_eq!(seen.len(), 1, "the item before the cut was handed over");
        assert!(error.message.starts_with("not a JSON array of answers"), "{error}");
        let error = json_rows(r#"{"offer":{}}"#.as_bytes(), |_| ()).unwrap_err();
        assert!(error.message.contains("expected a JSON array of answers"), "{error}");
    }

    #[test]
    fn csv_rows_come_one_at_a_time_and_the_table_is_written_as_they_come() {
        let text = "offer.name,offer.offerType\nA,saas\n, \nB,saaas\n";
        let mut rows = csv_rows(text.as_bytes()).unwrap();
        let first = rows.next().unwrap();
        assert_eq!(first.at, "row 2");
        let options = Options::new(Locale::En, Date::parse("2026-11-26").unwrap());
        let mut table = TableWriter::new(Vec::new()).unwrap();
        let report = first.answers.as_ref().ok().map(|a| evaluate(a, &options));
        table.write(&first, report.as_ref()).unwrap();
        let second = rows.next().unwrap();
        assert_eq!(second.at, "row 4", "row 3, all its cells blank, is skipped, its number kept");
        table.write(&second, None).unwrap();
        assert!(rows.next().is_none());
        let written = String::from_utf8(table.finish().unwrap()).unwrap();
        let all = csv_rows(text.as_bytes()).unwrap().collect::<Vec<_>>();
        let reports: Vec<_> = all.iter().map(|r| r.answers.as_ref().ok().map(|a| evaluate(a, &options))).collect();
        assert_eq!(written, table_csv(&all, &reports), "row by row as the whole table");
    }
}
