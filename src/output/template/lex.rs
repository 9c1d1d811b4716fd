//! The lexer: template text into text pieces and the tokens of each action, with `{{-`/`-}}`
//! trimming and `{{/* */}}` comments already applied.

use super::{Pos, TemplateError};

/// One token.
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    /// Literal text between actions.
    Text(String),
    /// `{{`.
    Open,
    /// `}}`.
    Close,
    /// `.Name` (one link of a chain).
    Field(String),
    /// `.` alone.
    Dot,
    /// `$` or `$name`.
    Var(String),
    /// A bare word: a function, a keyword, `true`, `false`, `nil`.
    Ident(String),
    /// A quoted or raw string, unescaped.
    Str(String),
    /// A number, as written.
    Num(String),
    Pipe,
    LParen,
    RParen,
    Declare,
    Assign,
    Comma,
}

/// A token, where it starts, and whether blanks came before it inside the action (`.A .B` are
/// two arguments, `.A.B` one chain).
#[derive(Debug, Clone)]
pub struct Token {
    pub tok: Tok,
    pub pos: Pos,
    pub spaced: bool,
}

fn position(text: &str, offset: usize) -> Pos {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    Pos { line, col }
}

/// Splits `text` into tokens.
pub fn lex(text: &str) -> Result<Vec<Token>, TemplateError> {
    let mut tokens = Vec::new();
    let mut rest = 0;
    let mut trim_next = false;
    let bytes = text.as_bytes();
    while rest < text.len() {
        let open = text[rest..].find("{{").map(|i| i + rest);
        let end = open.unwrap_or(text.len());
        let unescaped = unescape(&text[rest..end]);
        let mut piece = unescaped.as_str();
        if trim_next {
            piece = piece.trim_start_matches(is_space);
        }
        let Some(open) = open else {
            if !piece.is_empty() {
                tokens.push(Token {
                    tok: Tok::Text(piece.to_string()),
                    pos: position(text, rest),
                    spaced: false,
                });
            }
            break;
        };
        let mut inner = open + 2;
        // `{{- ` trims the blanks before the action.
        if bytes.get(inner) == Some(&b'-')
            && bytes.get(inner + 1).is_some_and(|b| is_space(*b as char))
        {
            piece = piece.trim_end_matches(is_space);
            inner += 2;
        }
        if !piece.is_empty() {
            tokens.push(Token {
                tok: Tok::Text(piece.to_string()),
                pos: position(text, rest),
                spaced: false,
            });
        }
        let (after, trim) = lex_action(text, inner, open, &mut tokens)?;
        trim_next = trim;
        rest = after;
    }
    Ok(tokens)
}

/// The text between actions with podman's two escapes: the two-character sequences `\t` and
/// `\n` are a tab and a newline. Inside an action they are left to Go's string literals
/// (`{{"\n"}}` is a newline there too, and `{{"a\\nb"}}` a backslash and an `n`).
fn unescape(text: &str) -> String {
    text.replace("\\t", "\t").replace("\\n", "\n")
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

/// Whether the action closes at `i` (`}}` or ` -}}`); returns the length of the closing mark
/// and whether it trims.
fn closes_at(text: &str, i: usize) -> Option<(usize, bool)> {
    let rest = &text[i..];
    if rest.starts_with("}}") {
        return Some((2, false));
    }
    let mut chars = rest.chars();
    if chars.next().is_some_and(is_space) && rest[1..].starts_with("-}}") {
        return Some((4, true));
    }
    None
}

/// Lexes one action starting after its `{{` (and trim mark) at `start`; returns the offset
/// after its `}}` and whether that trims the following text.
fn lex_action(
    text: &str,
    start: usize,
    open: usize,
    tokens: &mut Vec<Token>,
) -> Result<(usize, bool), TemplateError> {
    let err = |at: usize, message: String| TemplateError::Parse {
        pos: position(text, at),
        message,
    };
    let mut i = start;
    // A comment: `{{/* ... */}}`, right after the delimiter (and its trim mark).
    if text[i..].starts_with("/*") {
        let Some(end) = text[i + 2..].find("*/") else {
            return Err(err(open, "unclosed comment".into()));
        };
        let j = i + 2 + end + 2;
        return match closes_at(text, j) {
            Some((n, trim)) => Ok((j + n, trim)),
            None => Err(err(j, "comment ends before closing delimiter".into())),
        };
    }
    tokens.push(Token {
        tok: Tok::Open,
        pos: position(text, open),
        spaced: false,
    });
    let mut spaced = false;
    let mut depth = 0usize;
    loop {
        if i >= text.len() {
            return Err(err(open, "unclosed action".into()));
        }
        if let Some((n, trim)) = closes_at(text, i) {
            if depth > 0 {
                return Err(err(i, "unclosed left paren".into()));
            }
            tokens.push(Token {
                tok: Tok::Close,
                pos: position(text, i),
                spaced,
            });
            return Ok((i + n, trim));
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        if is_space(c) {
            if c == '\n' || c == '\r' {
                return Err(err(i, "unclosed action".into()));
            }
            spaced = true;
            i += 1;
            continue;
        }
        let at = i;
        let word_end = |from: usize| {
            text[from..]
                .find(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
                .map_or(text.len(), |n| n + from)
        };
        let tok = match c {
            '|' => {
                i += 1;
                Tok::Pipe
            }
            '(' => {
                i += 1;
                depth += 1;
                Tok::LParen
            }
            ')' => {
                if depth == 0 {
                    return Err(err(i, "unexpected right paren".into()));
                }
                depth -= 1;
                i += 1;
                Tok::RParen
            }
            ',' => {
                i += 1;
                Tok::Comma
            }
            ':' if text[i..].starts_with(":=") => {
                i += 2;
                Tok::Declare
            }
            '=' => {
                i += 1;
                Tok::Assign
            }
            '.' => {
                let next = text[i + 1..].chars().next();
                if next.is_some_and(|n| n.is_ascii_digit()) {
                    let end = number_end(text, i);
                    let s = text[i..end].to_string();
                    i = end;
                    Tok::Num(s)
                } else if next.is_some_and(|n| n.is_alphabetic() || n == '_') {
                    let end = word_end(i + 1);
                    let name = text[i + 1..end].to_string();
                    i = end;
                    Tok::Field(name)
                } else {
                    i += 1;
                    Tok::Dot
                }
            }
            '$' => {
                let end = word_end(i + 1);
                let name = text[i..end].to_string();
                i = end;
                Tok::Var(name)
            }
            '"' => {
                let (s, end) = quoted(text, i).map_err(|m| err(at, m))?;
                i = end;
                Tok::Str(s)
            }
            '`' => {
                let Some(end) = text[i + 1..].find('`') else {
                    return Err(err(i, "unterminated raw quoted string".into()));
                };
                let s = text[i + 1..i + 1 + end].to_string();
                i = i + 1 + end + 1;
                Tok::Str(s)
            }
            '\'' => {
                let (s, end) = quoted(text, i).map_err(|m| err(at, m))?;
                let mut chars = s.chars();
                let (Some(ch), None) = (chars.next(), chars.next()) else {
                    return Err(err(at, "malformed character constant".into()));
                };
                i = end;
                Tok::Num(format!("{}", u32::from(ch)))
            }
            '-' | '+' | '0'..='9' => {
                let end = number_end(text, i);
                if end == i + 1 && !c.is_ascii_digit() {
                    return Err(err(i, format!("bad character {c:?}")));
                }
                let s = text[i..end].to_string();
                i = end;
                Tok::Num(s)
            }
            c if c.is_alphabetic() || c == '_' => {
                let end = word_end(i);
                let name = text[i..end].to_string();
                i = end;
                Tok::Ident(name)
            }
            c => return Err(err(i, format!("bad character {c:?}"))),
        };
        tokens.push(Token {
            tok,
            pos: position(text, at),
            spaced,
        });
        spaced = false;
    }
}

fn number_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let bytes = text.as_bytes();
    if matches!(bytes.get(end), Some(b'-' | b'+')) {
        end += 1;
    }
    while let Some(&b) = bytes.get(end) {
        let exponent_sign =
            matches!(b, b'-' | b'+') && matches!(bytes.get(end - 1), Some(b'e' | b'E'));
        if b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || exponent_sign {
            end += 1;
        } else {
            break;
        }
    }
    end
}

/// Reads a Go interpreted string (or char) literal starting at its quote.
fn quoted(text: &str, start: usize) -> Result<(String, usize), String> {
    let quote = text[start..].chars().next().unwrap_or('"');
    let mut out = String::new();
    let mut chars = text[start + 1..].char_indices();
    while let Some((n, c)) = chars.next() {
        match c {
            c if c == quote => return Ok((out, start + 1 + n + 1)),
            '\n' => break,
            '\\' => match chars.next().map(|(_, e)| e) {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('\\') => out.push('\\'),
                Some('"') => out.push('"'),
                Some('\'') => out.push('\''),
                Some('0') => out.push('\0'),
                Some('a') => out.push('\u{7}'),
                Some('b') => out.push('\u{8}'),
                Some('f') => out.push('\u{c}'),
                Some('v') => out.push('\u{b}'),
                Some('x') => {
                    let hex: String = chars.by_ref().take(2).map(|(_, h)| h).collect();
                    let v = u8::from_str_radix(&hex, 16).map_err(|_| "bad \\x escape")?;
                    out.push(char::from(v));
                }
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).map(|(_, h)| h).collect();
                    let v = u32::from_str_radix(&hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or("bad \\u escape")?;
                    out.push(v);
                }
                other => return Err(format!("unknown escape sequence {other:?}")),
            },
            c => out.push(c),
        }
    }
    Err("unterminated quoted string".into())
}
