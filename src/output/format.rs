//! One `--format` for every listing, as podman's: `json` (also `{{json .}}`), `table` (the
//! listing's default table), `table TEMPLATE` (a header row made from podman's header of
//! each field the template names, then one row per item; `\t` separates columns laid out as
//! podman's tabwriter), or a TEMPLATE applied to each item, a newline after each unless the
//! template ends with one.

use std::io::Write as _;

use anyhow::Result;
use serde_json::{Map, Value};

use super::table::format_table;
use super::template::Template;

/// What a listing prints by default, and the header of each field its templates can name.
pub struct Listing {
    /// The command's name, for template errors (`template: ps:1:3: ...`).
    pub name: &'static str,
    /// The default table: a template with `\t` between columns.
    pub default: &'static str,
    /// podman's header for each field (its Go struct's fields); a field missing here heads
    /// its column with `<no value>`, as podman's does.
    pub headers: &'static [(&'static str, &'static str)],
}

/// A parsed `--format`.
pub enum Shape {
    Json,
    Table(Template),
    Rows(Template),
}

impl Shape {
    pub fn is_json(&self) -> bool {
        matches!(self, Shape::Json)
    }
}

/// Whether a `--format` value asks for JSON.
pub fn is_json(format: &str) -> bool {
    let f = format.trim();
    f == "json" || f.replace(' ', "") == "{{json.}}"
}

/// Parses `--format` (None: the default table).
pub fn parse_format(format: Option<&str>, listing: &Listing) -> Result<Shape> {
    let Some(format) = format else {
        return Ok(Shape::Table(Template::parse_named(
            listing.name,
            listing.default,
        )?));
    };
    if is_json(format) {
        return Ok(Shape::Json);
    }
    if let Some(rest) = format.strip_prefix("table") {
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        let text = if rest.trim().is_empty() {
            listing.default
        } else {
            rest
        };
        return Ok(Shape::Table(Template::parse_named(listing.name, text)?));
    }
    Ok(Shape::Rows(Template::parse_named(listing.name, format)?))
}

/// The data a table's header row is rendered from: each field's header.
/// A dotted field (`Namespaces.PIDNS`) gets its header in a nested object, so that
/// `{{.Namespaces.PIDNS}}` renders it in the header row.
fn header_data(listing: &Listing) -> Value {
    let mut map = Map::new();
    for (field, header) in listing.headers {
        let header = Value::String((*header).to_string());
        match field.split_once('.') {
            Some((outer, inner)) => {
                let slot = map
                    .entry(outer.to_string())
                    .or_insert_with(|| Value::Object(Map::new()));
                if !slot.is_object() {
                    *slot = Value::Object(Map::new());
                }
                if let Some(nested) = slot.as_object_mut() {
                    nested.insert(inner.to_string(), header);
                }
            }
            None => {
                map.entry((*field).to_string()).or_insert(header);
            }
        }
    }
    Value::Object(map)
}

/// Renders `rows` as `shape` says (not JSON: the caller prints its own) and returns the text.
pub fn render_rows(
    shape: &Shape,
    rows: &[Value],
    listing: &Listing,
    noheading: bool,
) -> Result<String> {
    match shape {
        Shape::Json => Ok(serde_json::to_string_pretty(rows)? + "\n"),
        Shape::Rows(t) => {
            let mut out = String::new();
            for row in rows {
                out.push_str(&t.render(row)?);
                if !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            Ok(out)
        }
        Shape::Table(t) => {
            let mut lines = Vec::new();
            if !noheading {
                lines.push(t.render_map(&header_data(listing))?);
            }
            for row in rows {
                lines.push(t.render(row)?);
            }
            let cells: Vec<Vec<String>> = lines
                .iter()
                .flat_map(|l| l.trim_end_matches('\n').split('\n'))
                .map(|l| l.split('\t').map(str::to_string).collect())
                .collect();
            Ok(format_table(&cells))
        }
    }
}

/// Renders `template` for each of `values` (podman's inspect): a newline after each unless
/// the template ends with one.
pub fn render_each(template: &Template, values: &[Value]) -> Result<String> {
    let mut out = String::new();
    for v in values {
        out.push_str(&template.render(v)?);
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    Ok(out)
}

/// Prints `rows` as `shape` says on stdout.
pub fn print_rows(shape: &Shape, rows: &[Value], listing: &Listing, noheading: bool) -> Result<()> {
    let text = render_rows(shape, rows, listing, noheading)?;
    write!(super::stdout(), "{text}")?;
    Ok(())
}

/// podman's header for a field it has no override for: the words of the Go name, upper-case
/// (`CreatedAt` -> `CREATED AT`, `ImageID` -> `IMAGE ID`).
pub fn header_of(field: &str) -> String {
    let chars: Vec<char> = field.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let starts_word = i > 0
            && c.is_uppercase()
            && (chars[i - 1].is_lowercase()
                || chars.get(i + 1).is_some_and(|n| n.is_lowercase())
                    && chars[i - 1].is_uppercase());
        if starts_word {
            out.push(' ');
        }
        out.extend(c.to_uppercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const PS: Listing = Listing {
        name: "ps",
        default: "{{.ID}}\t{{.Names}}",
        headers: &[
            ("ID", "CONTAINER ID"),
            ("Names", "NAMES"),
            ("Labels", "LABELS"),
        ],
    };

    fn rows() -> Vec<Value> {
        vec![
            json!({"ID": "abc", "Names": "web", "Labels": {"a": "b"}, "Extra": 1}),
            json!({"ID": "defdefdefdef", "Names": "db", "Labels": {}}),
        ]
    }

    fn render(format: Option<&str>, noheading: bool) -> String {
        let shape = parse_format(format, &PS).unwrap();
        render_rows(&shape, &rows(), &PS, noheading).unwrap()
    }

    #[test]
    fn tables_templates_and_headers() {
        assert_eq!(
            render(None, false),
            "CONTAINER ID  NAMES\nabc           web\ndefdefdefdef  db\n"
        );
        assert_eq!(
            render(Some("table"), true),
            "abc           web\ndefdefdefdef  db\n"
        );
        assert_eq!(
            render(Some("table {{.Names}}\\t{{json .Labels}}\\t{{.ID}}"), false),
            "NAMES       \"LABELS\"    CONTAINER ID\nweb         {\"a\":\"b\"}   abc\ndb          {}          defdefdefdef\n"
        );
        // Without `table`, tabs stay tabs and there is no header.
        assert_eq!(
            render(Some("{{.ID}}\\t{{.Names}}"), false),
            "abc\tweb\ndefdefdefdef\tdb\n"
        );
        assert_eq!(render(Some("{{.Names}}\n"), false), "web\ndb\n");
        // A field podman has no header for heads its column with `<no value>`.
        let shape = parse_format(Some("table {{.Extra}}\\t{{.Names}}"), &PS).unwrap();
        let text = render_rows(&shape, &rows()[..1], &PS, false).unwrap();
        assert_eq!(text, "<no value>  NAMES\n1           web\n");
        assert!(parse_format(Some("{{json .}}"), &PS).unwrap().is_json());
        assert!(parse_format(Some(" json "), &PS).unwrap().is_json());
    }

    #[test]
    fn headers_from_go_names() {
        assert_eq!(header_of("CreatedAt"), "CREATED AT");
        assert_eq!(header_of("ImageID"), "IMAGE ID");
        assert_eq!(header_of("ID"), "ID");
        assert_eq!(header_of("IsInfra"), "IS INFRA");
        assert_eq!(header_of("GraphDriverName"), "GRAPH DRIVER NAME");
    }
}
