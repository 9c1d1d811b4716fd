//! The functions templates can call: Go's builtins (`and or not eq ne lt le gt ge len index
//! slice print printf println`), podman's (`json join lower upper title split truncate pad`),
//! and a few of Go's `strings` (`contains hasPrefix hasSuffix replace`, arguments in Go's
//! order: the string first); and how Go's fmt prints a value decoded from JSON.

use serde_json::Value;

use super::exec::{Val, truth};
use super::printf::sprintf;

const NAMES: &[&str] = &[
    "and",
    "or",
    "not",
    "eq",
    "ne",
    "lt",
    "le",
    "gt",
    "ge",
    "len",
    "index",
    "slice",
    "print",
    "printf",
    "println",
    "json",
    "join",
    "lower",
    "upper",
    "title",
    "split",
    "truncate",
    "pad",
    "contains",
    "hasPrefix",
    "hasSuffix",
    "replace",
];

/// Whether `name` is a function templates can call.
pub fn exists(name: &str) -> bool {
    NAMES.contains(&name)
}

/// Go's name for the type of a JSON value, for messages.
pub fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "nil",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float64",
        Value::Number(_) => "int",
        Value::String(_) => "string",
        Value::Array(_) => "[]interface {}",
        Value::Object(_) => "map[string]interface {}",
    }
}

/// A float as Go's `%v` prints it: the shortest form, no `.0`, exponents from 1e21.
pub fn go_float(f: f64) -> String {
    #[allow(clippy::float_cmp)]
    if f.fract() == 0.0 && f.abs() < 1e21 {
        return format!("{f:.0}");
    }
    if f.abs() >= 1e21 || (f != 0.0 && f.abs() < 1e-4) {
        let s = format!("{f:e}");
        // Rust writes `1e21` and `1.5e-7`; Go `1e+21` and `1.5e-07`.
        let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let (sign, digits) = match exp.strip_prefix('-') {
            Some(d) => ('-', d),
            None => ('+', exp),
        };
        return format!("{mantissa}e{sign}{digits:0>2}");
    }
    format!("{f}")
}

/// How Go's fmt prints a value (`%v`): strings bare, `[a b]` lists, `map[k:v]` maps with
/// sorted keys, `<nil>`, and `<no value>` for a missing map key.
pub fn go_print(v: &Val) -> String {
    match v {
        None => "<no value>".to_string(),
        Some(v) => print_value(v),
    }
}

fn print_value(v: &Value) -> String {
    match v {
        Value::Null => "<nil>".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.to_string(),
            (_, Some(u)) => u.to_string(),
            _ => go_float(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => s.clone(),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(print_value).collect::<Vec<_>>().join(" ")
        ),
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let inner: Vec<String> = keys
                .iter()
                .map(|k| format!("{k}:{}", print_value(&map[*k])))
                .collect();
            format!("map[{}]", inner.join(" "))
        }
    }
}

/// JSON as podman's `json` function: compact, `<`, `>` and `&` not escaped.
pub fn to_json(v: &Val) -> String {
    v.as_ref().map_or_else(
        || "null".to_string(),
        |v| serde_json::to_string(v).unwrap_or_default(),
    )
}

fn want(name: &str, args: &[Val], n: usize) -> Result<(), String> {
    if args.len() == n {
        Ok(())
    } else {
        Err(format!(
            "wrong number of args for {name}: want {n} got {}",
            args.len()
        ))
    }
}

/// A string argument; numbers and booleans are taken as they print.
fn string(v: &Val) -> Result<String, String> {
    match v {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(v @ (Value::Number(_) | Value::Bool(_))) => Ok(print_value(v)),
        None | Some(Value::Null) => Err("invalid value; expected string".into()),
        Some(other) => Err(format!(
            "wrong type for value; expected string; got {}",
            type_name(other)
        )),
    }
}

fn integer(v: &Val) -> Result<i64, String> {
    match v {
        Some(Value::Number(n)) => n
            .as_i64()
            .or_else(|| {
                let f = n.as_f64()?;
                #[allow(clippy::cast_possible_truncation, clippy::float_cmp)]
                (f.fract() == 0.0).then_some(f as i64)
            })
            .ok_or_else(|| format!("cannot index slice/array with type float64 ({n})")),
        Some(Value::String(s)) => s
            .parse()
            .map_err(|_| format!("expected integer; found {s:?}")),
        Some(other) => Err(format!("expected integer; found {}", type_name(other))),
        None => Err("expected integer; found <no value>".into()),
    }
}

#[derive(PartialEq, PartialOrd)]
enum Basic {
    Bool(bool),
    Num(f64),
    Str(String),
    Nil,
}

fn basic(v: &Val) -> Result<Basic, String> {
    Ok(match v {
        None | Some(Value::Null) => Basic::Nil,
        Some(Value::Bool(b)) => Basic::Bool(*b),
        Some(Value::Number(n)) => Basic::Num(n.as_f64().unwrap_or(0.0)),
        Some(Value::String(s)) => Basic::Str(s.clone()),
        Some(other) => return Err(format!("non-comparable type {}", type_name(other))),
    })
}

fn compare(a: &Val, b: &Val) -> Result<std::cmp::Ordering, String> {
    let (x, y) = (basic(a)?, basic(b)?);
    match (&x, &y) {
        (Basic::Num(_), Basic::Num(_)) | (Basic::Str(_), Basic::Str(_)) => x
            .partial_cmp(&y)
            .ok_or_else(|| "incomparable values".to_string()),
        _ => Err("incompatible types for comparison".into()),
    }
}

fn equal(a: &Val, b: &Val) -> Result<bool, String> {
    let (x, y) = (basic(a)?, basic(b)?);
    match (&x, &y) {
        (Basic::Nil, _)
        | (_, Basic::Nil)
        | (Basic::Num(_), Basic::Num(_))
        | (Basic::Str(_), Basic::Str(_))
        | (Basic::Bool(_), Basic::Bool(_)) => Ok(x == y),
        _ => Err("incompatible types for comparison".into()),
    }
}

/// Go's `fmt.Sprint`: blanks between operands when neither is a string.
fn sprint(args: &[Val]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        let is_str = |v: &Val| matches!(v, Some(Value::String(_)));
        if i > 0 && !is_str(a) && !is_str(&args[i - 1]) {
            out.push(' ');
        }
        out.push_str(&go_print(a));
    }
    out
}

/// Go's `strings.Title`: the first letter of each word upper-cased.
fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_letter = false;
    for c in s.chars() {
        if !prev_letter && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        prev_letter = c.is_alphanumeric() || c == '_' || c == '\'';
    }
    out
}

#[allow(clippy::unnecessary_wraps)] // a template value, as every function returns
fn str_val(s: impl Into<String>) -> Val {
    Some(Value::String(s.into()))
}

/// Calls function `name` with its evaluated arguments (a piped value last).
pub fn call(name: &str, args: &[Val]) -> Result<Val, String> {
    Ok(match name {
        "not" => {
            want(name, args, 1)?;
            Some(Value::Bool(!truth(&args[0])))
        }
        "eq" => {
            if args.len() < 2 {
                return Err("missing argument for comparison".into());
            }
            let mut any = false;
            for b in &args[1..] {
                any |= equal(&args[0], b)?;
            }
            Some(Value::Bool(any))
        }
        "ne" => {
            want(name, args, 2)?;
            Some(Value::Bool(!equal(&args[0], &args[1])?))
        }
        "lt" | "le" | "gt" | "ge" => {
            want(name, args, 2)?;
            let o = compare(&args[0], &args[1])?;
            Some(Value::Bool(match name {
                "lt" => o.is_lt(),
                "le" => o.is_le(),
                "gt" => o.is_gt(),
                _ => o.is_ge(),
            }))
        }
        "len" => {
            want(name, args, 1)?;
            Some(Value::from(match &args[0] {
                Some(Value::String(s)) => s.len(),
                Some(Value::Array(a)) => a.len(),
                Some(Value::Object(m)) => m.len(),
                Some(Value::Null) | None => 0,
                Some(other) => return Err(format!("len of type {}", type_name(other))),
            }))
        }
        "index" => {
            let Some((first, keys)) = args.split_first() else {
                return Err("wrong number of args for index: want at least 1 got 0".into());
            };
            let mut v = first.clone();
            for key in keys {
                v = match v {
                    Some(Value::Array(a)) => {
                        let i = integer(key)?;
                        let got = usize::try_from(i).ok().and_then(|i| a.get(i).cloned());
                        Some(got.ok_or_else(|| format!("index out of range: {i}"))?)
                    }
                    Some(Value::Object(m)) => {
                        // A missing key is the map's zero value; den's maps hold strings.
                        Some(
                            m.get(&string(key)?)
                                .cloned()
                                .unwrap_or(Value::String(String::new())),
                        )
                    }
                    Some(Value::String(s)) => {
                        let i = integer(key)?;
                        let b = usize::try_from(i)
                            .ok()
                            .and_then(|i| s.as_bytes().get(i).copied());
                        Some(Value::from(
                            b.ok_or_else(|| format!("index out of range: {i}"))?,
                        ))
                    }
                    None | Some(Value::Null) => return Err("index of untyped nil".into()),
                    Some(other) => {
                        return Err(format!("can't index item of type {}", type_name(&other)));
                    }
                };
            }
            v
        }
        "slice" => {
            let Some((first, bounds)) = args.split_first() else {
                return Err("wrong number of args for slice: want at least 1 got 0".into());
            };
            let len = match first {
                Some(Value::String(s)) => s.len(),
                Some(Value::Array(a)) => a.len(),
                _ => return Err("can't slice item of this type".into()),
            };
            let mut idx = Vec::new();
            for b in bounds.iter().take(2) {
                let i = integer(b)?;
                idx.push(usize::try_from(i).map_err(|_| format!("index out of range: {i}"))?);
            }
            let from = idx.first().copied().unwrap_or(0);
            let to = idx.get(1).copied().unwrap_or(len);
            if from > to || to > len {
                return Err(format!(
                    "index out of range: {}",
                    if to > len { to } else { from }
                ));
            }
            match first {
                Some(Value::String(s)) => {
                    str_val(s.get(from..to).ok_or("slice inside a character")?)
                }
                Some(Value::Array(a)) => Some(Value::Array(a[from..to].to_vec())),
                _ => None,
            }
        }
        "print" => str_val(sprint(args)),
        "println" => str_val(args.iter().map(go_print).collect::<Vec<_>>().join(" ") + "\n"),
        "printf" => {
            let Some((format, rest)) = args.split_first() else {
                return Err("wrong number of args for printf: want at least 1 got 0".into());
            };
            str_val(sprintf(&string(format)?, rest))
        }
        "json" => {
            want(name, args, 1)?;
            str_val(to_json(&args[0]))
        }
        "join" => {
            want(name, args, 2)?;
            let sep = string(&args[1])?;
            match &args[0] {
                Some(Value::Array(a)) => {
                    str_val(a.iter().map(print_value).collect::<Vec<_>>().join(&sep))
                }
                None | Some(Value::Null) => str_val(""),
                Some(Value::String(s)) => str_val(s.clone()),
                Some(other) => {
                    return Err(format!(
                        "wrong type for value; expected []string; got {}",
                        type_name(other)
                    ));
                }
            }
        }
        "split" => {
            want(name, args, 2)?;
            let (s, sep) = (string(&args[0])?, string(&args[1])?);
            let parts: Vec<Value> = if sep.is_empty() {
                s.chars().map(|c| Value::String(c.to_string())).collect()
            } else {
                s.split(sep.as_str())
                    .map(|p| Value::String(p.to_string()))
                    .collect()
            };
            Some(Value::Array(parts))
        }
        "lower" | "upper" | "title" => {
            want(name, args, 1)?;
            let s = string(&args[0])?;
            str_val(match name {
                "lower" => s.to_lowercase(),
                "upper" => s.to_uppercase(),
                _ => title(&s),
            })
        }
        "truncate" => {
            want(name, args, 2)?;
            let s = string(&args[0])?;
            let n = usize::try_from(integer(&args[1])?).unwrap_or(0);
            // podman cuts at the byte count, without an ellipsis; den at a character.
            str_val(s.chars().take(n).collect::<String>())
        }
        "pad" => {
            want(name, args, 3)?;
            let s = string(&args[0])?;
            let before = usize::try_from(integer(&args[1])?).unwrap_or(0);
            let after = usize::try_from(integer(&args[2])?).unwrap_or(0);
            str_val(format!("{}{s}{}", " ".repeat(before), " ".repeat(after)))
        }
        "contains" | "hasPrefix" | "hasSuffix" => {
            want(name, args, 2)?;
            let (s, part) = (string(&args[0])?, string(&args[1])?);
            Some(Value::Bool(match name {
                "contains" => s.contains(&part),
                "hasPrefix" => s.starts_with(&part),
                _ => s.ends_with(&part),
            }))
        }
        "replace" => {
            want(name, args, 3)?;
            let s = string(&args[0])?;
            str_val(s.replace(&string(&args[1])?, &string(&args[2])?))
        }
        _ => return Err(format!("function \"{name}\" not defined")),
    })
}
