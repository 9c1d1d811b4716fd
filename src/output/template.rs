//! The subset of Go templates that `--format` takes in podman's inspect and history, run on
//! the JSON den prints: literal text, `{{.Field}}`, `{{.Field.Sub}}`, `{{.}}`,
//! `{{json .Field}}`, `{{index .Field "key"}}`; field names match case-insensitively (podman
//! accepts `{{.ID}}` and `{{.Id}}`), `\t` and `\n` are turned into tab and newline. Values print
//! as Go prints them: strings bare, lists as `[a b]`, maps as `map[k:v]`.

use anyhow::Result;
use serde_json::Value;

use crate::error::hinted;

const HINT: &str = "den's templates know {{.Field}}, {{.Field.Sub}}, {{json .Field}} and \
                    {{index .Field \"key\"}}; or use --format json";

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Field { path: Vec<String>, json: bool },
    Index { path: Vec<String>, key: String },
}

/// A parsed template.
#[derive(Debug, Clone)]
pub struct Template {
    pieces: Vec<Piece>,
}

fn parse_path(text: &str, template: &str) -> Result<Vec<String>> {
    let Some(rest) = text.strip_prefix('.') else {
        return Err(hinted(
            format!("unsupported template action \"{text}\" in \"{template}\""),
            HINT,
        ));
    };
    if rest.is_empty() {
        return Ok(Vec::new());
    }
    let path: Vec<String> = rest.split('.').map(str::to_string).collect();
    if path
        .iter()
        .any(|p| p.is_empty() || !p.chars().all(|c| c.is_alphanumeric() || c == '_'))
    {
        return Err(hinted(
            format!("unsupported template action \"{text}\" in \"{template}\""),
            HINT,
        ));
    }
    Ok(path)
}

impl Template {
    /// Parses `template`.
    pub fn parse(template: &str) -> Result<Template> {
        let text = template.replace("\\t", "\t").replace("\\n", "\n");
        let mut pieces = Vec::new();
        let mut rest = text.as_str();
        while let Some(start) = rest.find("{{") {
            if start > 0 {
                pieces.push(Piece::Text(rest[..start].to_string()));
            }
            let Some(end) = rest[start..].find("}}") else {
                return Err(hinted(
                    format!("unclosed action in template \"{template}\""),
                    HINT,
                ));
            };
            let action = rest[start + 2..start + end]
                .trim_start_matches('-')
                .trim_end_matches('-')
                .trim();
            let words: Vec<&str> = action.split_whitespace().collect();
            let piece = match words.as_slice() {
                [field] => Piece::Field {
                    path: parse_path(field, template)?,
                    json: false,
                },
                ["json", field] => Piece::Field {
                    path: parse_path(field, template)?,
                    json: true,
                },
                ["index", field, key]
                    if key.len() >= 2 && key.starts_with('"') && key.ends_with('"') =>
                {
                    Piece::Index {
                        path: parse_path(field, template)?,
                        key: key[1..key.len() - 1].to_string(),
                    }
                }
                _ => {
                    return Err(hinted(
                        format!(
                            "unsupported template action \"{{{{{action}}}}}\" in \"{template}\""
                        ),
                        HINT,
                    ));
                }
            };
            pieces.push(piece);
            rest = &rest[start + end + 2..];
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest.to_string()));
        }
        Ok(Template { pieces })
    }

    /// Renders the template for `data`. A field missing from the top-level object (a
    /// struct in podman) is an error; deeper (maps) it prints `<no value>`, as Go.
    pub fn render(&self, data: &Value) -> Result<String> {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Field { path, json } => {
                    let value = lookup(data, path)?;
                    match (value, json) {
                        (Some(v), true) => out.push_str(&serde_json::to_string(v)?),
                        (None, true) => out.push_str("null"),
                        (Some(v), false) => out.push_str(&go_print(v)),
                        (None, false) => out.push_str("<no value>"),
                    }
                }
                Piece::Index { path, key } => match lookup(data, path)? {
                    Some(Value::Object(map)) => {
                        out.push_str(&map.get(key).map_or_else(String::new, go_print));
                    }
                    Some(Value::Null) | None => {}
                    Some(_) => {
                        return Err(hinted(
                            format!("cannot index \".{}\": it is not a map", path.join(".")),
                            HINT,
                        ));
                    }
                },
            }
        }
        Ok(out)
    }
}

fn find_key<'a>(map: &'a serde_json::Map<String, Value>, key: &str) -> Option<&'a Value> {
    map.get(key).or_else(|| {
        map.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    })
}

fn lookup<'a>(data: &'a Value, path: &[String]) -> Result<Option<&'a Value>> {
    let mut value = data;
    for (depth, key) in path.iter().enumerate() {
        match value {
            Value::Object(map) => match find_key(map, key) {
                Some(v) => value = v,
                None if depth == 0 => {
                    let known: Vec<&str> = map.keys().map(String::as_str).collect();
                    return Err(hinted(
                        format!("template field \".{key}\" does not exist"),
                        format!("fields: {}", known.join(", ")),
                    ));
                }
                None => return Ok(None),
            },
            Value::Null => return Ok(None),
            _ => {
                return Err(hinted(
                    format!(
                        "template field \".{}\" is not an object: cannot take \".{key}\"",
                        path[..depth].join(".")
                    ),
                    HINT,
                ));
            }
        }
    }
    Ok(Some(value))
}

/// How Go's fmt prints a value decoded from JSON.
fn go_print(value: &Value) -> String {
    match value {
        Value::Null => "<nil>".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(go_print).collect::<Vec<_>>().join(" ")
        ),
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let inner: Vec<String> = keys
                .iter()
                .map(|k| format!("{k}:{}", go_print(&map[*k])))
                .collect();
            format!("map[{}]", inner.join(" "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(t: &str, v: &Value) -> String {
        Template::parse(t).unwrap().render(v).unwrap()
    }

    #[test]
    fn fields_json_index_and_go_printing() {
        let v = json!({"Id": "abc", "Size": 12, "RepoTags": ["a:1", "b:2"],
            "Config": {"Env": ["X=1"], "Labels": {"k": "v", "a": "b"}}, "Parent": null});
        assert_eq!(render("{{.Id}}", &v), "abc");
        assert_eq!(render("{{.ID}} {{ .Size }}\\n", &v), "abc 12\n");
        assert_eq!(render("{{.RepoTags}}", &v), "[a:1 b:2]");
        assert_eq!(render("{{json .Config.Env}}", &v), "[\"X=1\"]");
        assert_eq!(render("{{.Config.Labels}}", &v), "map[a:b k:v]");
        assert_eq!(render("{{index .Config.Labels \"k\"}}", &v), "v");
        assert_eq!(render("{{.Config.Nope}}", &v), "<no value>");
        assert_eq!(render("id={{.Id}}!", &v), "id=abc!");
        assert_eq!(render("{{.Parent}}", &v), "<nil>");
    }

    #[test]
    fn errors_name_the_action() {
        let v = json!({"Id": "abc"});
        let err = Template::parse("{{.Nope}}")
            .unwrap()
            .render(&v)
            .unwrap_err();
        assert!(err.to_string().contains(".Nope"), "{err}");
        assert!(Template::parse("{{range .X}}").is_err());
        assert!(Template::parse("{{.Id").is_err());
        assert!(
            Template::parse("{{.Id}}")
                .unwrap()
                .render(&json!({"Id": 1}))
                .is_ok()
        );
        assert!(Template::parse("{{.Id.X}}").unwrap().render(&v).is_err());
    }
}
