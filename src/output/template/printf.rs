//! Go's `fmt.Sprintf` for template values: the verbs `v s d q t f F e E g G x X c o b %`,
//! flags `- + 0 #` and blank, width and precision (also `*`); a wrong or missing operand is
//! written as Go writes it (`%!d(string=x)`, `%!s(MISSING)`, `%!(EXTRA ...)`).

#![allow(clippy::many_single_char_names)]

use std::fmt::Write as _;

use serde_json::Value;

use super::exec::Val;
use super::funcs::{go_float, go_print, type_name};

#[derive(Default)]
struct Spec {
    minus: bool,
    plus: bool,
    zero: bool,
    space: bool,
    sharp: bool,
    width: Option<usize>,
    precision: Option<usize>,
}

fn pad(spec: &Spec, body: String, numeric: bool) -> String {
    let Some(width) = spec.width else { return body };
    let len = body.chars().count();
    if len >= width {
        return body;
    }
    let fill = width - len;
    if spec.minus {
        return body + &" ".repeat(fill);
    }
    if spec.zero && numeric {
        let (sign, digits) = match body.chars().next() {
            Some(c @ ('-' | '+' | ' ')) => (c.to_string(), body[1..].to_string()),
            _ => (String::new(), body.clone()),
        };
        return format!("{sign}{}{digits}", "0".repeat(fill));
    }
    " ".repeat(fill) + &body
}

fn bad(verb: char, v: &Val) -> String {
    match v {
        Some(v) => format!("%!{verb}({}={})", type_name(v), go_print(&Some(v.clone()))),
        None => format!("%!{verb}(<nil>)"),
    }
}

fn signed(spec: &Spec, body: String, negative: bool) -> String {
    if negative {
        format!("-{body}")
    } else if spec.plus {
        format!("+{body}")
    } else if spec.space {
        format!(" {body}")
    } else {
        body
    }
}

fn as_int(v: &Val) -> Option<i128> {
    match v {
        Some(Value::Number(n)) => n
            .as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from)),
        _ => None,
    }
}

/// Go's `%q` of a string.
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn one(verb: char, spec: &Spec, v: &Val) -> String {
    let numeric = matches!(
        verb,
        'd' | 'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'x' | 'X' | 'o' | 'b'
    );
    let body = match verb {
        'v' => match v {
            Some(Value::String(s)) if spec.sharp => quote(s),
            Some(Value::Number(_)) => {
                let s = go_print(v);
                let neg = s.starts_with('-');
                signed(spec, s.trim_start_matches('-').to_string(), neg)
            }
            _ => go_print(v),
        },
        's' => match v {
            Some(Value::String(s)) => match spec.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s.clone(),
            },
            Some(Value::Array(_) | Value::Object(_)) => go_print(v),
            _ => return bad(verb, v),
        },
        'q' => match v {
            Some(Value::String(s)) => quote(s),
            Some(Value::Array(a)) => format!(
                "[{}]",
                a.iter()
                    .map(|x| match x {
                        Value::String(s) => quote(s),
                        other => go_print(&Some(other.clone())),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            _ => return bad(verb, v),
        },
        't' => match v {
            Some(Value::Bool(b)) => b.to_string(),
            _ => return bad(verb, v),
        },
        'd' | 'x' | 'X' | 'o' | 'b' | 'c' => {
            if let (Some(Value::String(s)), 'x' | 'X') = (v, verb) {
                let hex = s.bytes().fold(String::new(), |mut h, b| {
                    let _ = write!(h, "{b:02x}");
                    h
                });
                return pad(
                    spec,
                    if verb == 'X' { hex.to_uppercase() } else { hex },
                    false,
                );
            }
            let Some(i) = as_int(v) else {
                return bad(verb, v);
            };
            if verb == 'c' {
                return pad(
                    spec,
                    u32::try_from(i)
                        .ok()
                        .and_then(char::from_u32)
                        .unwrap_or('\u{fffd}')
                        .to_string(),
                    false,
                );
            }
            let a = i.unsigned_abs();
            let digits = match verb {
                'd' => a.to_string(),
                'x' => format!("{}{a:x}", if spec.sharp { "0x" } else { "" }),
                'X' => format!("{}{a:X}", if spec.sharp { "0X" } else { "" }),
                'o' => format!("{}{a:o}", if spec.sharp { "0" } else { "" }),
                _ => format!("{a:b}"),
            };
            signed(spec, digits, i < 0)
        }
        'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
            let Some(Value::Number(n)) = v else {
                return bad(verb, v);
            };
            let f = n.as_f64().unwrap_or(0.0);
            let a = f.abs();
            let body = match verb {
                'f' | 'F' => format!("{a:.*}", spec.precision.unwrap_or(6)),
                'e' | 'E' => {
                    let s = format!("{a:.*e}", spec.precision.unwrap_or(6));
                    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
                    let (sign, d) = e.strip_prefix('-').map_or(('+', e), |d| ('-', d));
                    let s = format!("{m}e{sign}{d:0>2}");
                    if verb == 'E' { s.to_uppercase() } else { s }
                }
                _ => match spec.precision {
                    Some(p) => {
                        let s = format!("{:.*e}", p.saturating_sub(1), a);
                        let back: f64 = s.parse().unwrap_or(a);
                        go_float(back)
                    }
                    None => go_float(a),
                },
            };
            signed(spec, body, f.is_sign_negative() && f != 0.0)
        }
        _ => return format!("%!{verb}(BADVERB)"),
    };
    pad(spec, body, numeric)
}

/// Formats `args` after `format` as Go's `fmt.Sprintf`.
pub fn sprintf(format: &str, args: &[Val]) -> String {
    let mut out = String::new();
    let mut chars = format.chars().peekable();
    let mut next = 0usize;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = Spec::default();
        while let Some(&f) = chars.peek() {
            match f {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                '0' => spec.zero = true,
                ' ' => spec.space = true,
                '#' => spec.sharp = true,
                _ => break,
            }
            chars.next();
        }
        let number = |chars: &mut std::iter::Peekable<std::str::Chars>, next: &mut usize| {
            if chars.peek() == Some(&'*') {
                chars.next();
                let n = args.get(*next).and_then(as_int);
                *next += 1;
                return n.and_then(|n| usize::try_from(n).ok());
            }
            let mut digits = String::new();
            while let Some(&d) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                digits.push(d);
                chars.next();
            }
            digits.parse().ok()
        };
        spec.width = number(&mut chars, &mut next);
        if chars.peek() == Some(&'.') {
            chars.next();
            spec.precision = Some(number(&mut chars, &mut next).unwrap_or(0));
        }
        let Some(verb) = chars.next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        if verb == '%' {
            out.push('%');
            continue;
        }
        match args.get(next) {
            Some(v) => out.push_str(&one(verb, &spec, v)),
            None => {
                let _ = write!(out, "%!{verb}(MISSING)");
            }
        }
        next += 1;
    }
    if next < args.len() {
        let extra: Vec<String> = args[next..]
            .iter()
            .map(|v| match v {
                Some(x) => format!("{}={}", type_name(x), go_print(v)),
                None => "<nil>".into(),
            })
            .collect();
        let _ = write!(out, "%!(EXTRA {})", extra.join(", "));
    }
    out
}
