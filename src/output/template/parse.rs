//! The parser: tokens into the tree of text, actions and `if`/`range`/`with` blocks.

use super::lex::{Tok, Token};
use super::{Pos, TemplateError};

/// A node of the template.
#[derive(Debug, Clone)]
pub enum Node {
    Text(String),
    Action(Pipe),
    If(Branches),
    With(Branches),
    Range(Branches),
    Break,
    Continue,
}

/// `if`/`with`/`range`: the first condition and body, `else if`/`else with` chains (for `if`
/// and `with`), and the `else` body.
#[derive(Debug, Clone)]
pub struct Branches {
    pub arms: Vec<(Pipe, Vec<Node>)>,
    pub otherwise: Vec<Node>,
}

/// A pipeline, optionally declaring (`:=`) or assigning (`=`) variables.
#[derive(Debug, Clone)]
pub struct Pipe {
    pub pos: Pos,
    pub vars: Vec<String>,
    pub declare: bool,
    pub cmds: Vec<Vec<Arg>>,
}

/// An operand of a command.
#[derive(Debug, Clone)]
pub enum Arg {
    /// `.A.B` (an empty path is `.`).
    Field(Vec<String>, Pos),
    /// `$x.A.B`.
    Var(String, Vec<String>, Pos),
    /// A function name.
    Func(String, Pos),
    /// `(pipeline).A.B`.
    Sub(Box<Pipe>, Vec<String>),
    Str(String),
    Num(serde_json::Value),
    Bool(bool),
    Nil,
}

struct Parser<'a> {
    tokens: &'a [Token],
    at: usize,
}

/// What ended a list of nodes.
enum Stop {
    Eof,
    End,
    Else(Option<(String, Pipe)>),
}

/// Parses the tokens of a template.
pub fn parse(tokens: &[Token]) -> Result<Vec<Node>, TemplateError> {
    let mut p = Parser { tokens, at: 0 };
    let (nodes, end) = p.list(0)?;
    match end {
        Stop::Eof => Ok(nodes),
        Stop::End => Err(p.err_prev("unexpected {{end}}")),
        Stop::Else(_) => Err(p.err_prev("unexpected {{else}}")),
    }
}

fn err(pos: Pos, message: impl Into<String>) -> TemplateError {
    TemplateError::Parse {
        pos,
        message: message.into(),
    }
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.at).map(|t| &t.tok)
    }

    fn pos(&self) -> Pos {
        self.tokens
            .get(self.at)
            .or(self.tokens.last())
            .map_or(Pos { line: 1, col: 1 }, |t| t.pos)
    }

    fn err_prev(&self, message: &str) -> TemplateError {
        let pos = self.tokens[..self.at.min(self.tokens.len())]
            .last()
            .map_or(Pos { line: 1, col: 1 }, |t| t.pos);
        err(pos, message)
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.at).cloned();
        self.at += 1;
        t
    }

    fn expect_close(&mut self, what: &str) -> Result<(), TemplateError> {
        match self.next() {
            Some(Token {
                tok: Tok::Close, ..
            }) => Ok(()),
            Some(t) => Err(err(t.pos, format!("unexpected {:?} in {what}", t.tok))),
            None => Err(self.err_prev("unclosed action")),
        }
    }

    /// Parses nodes until the end of input or an `{{end}}`/`{{else}}` (at depth > 0).
    fn list(&mut self, depth: usize) -> Result<(Vec<Node>, Stop), TemplateError> {
        let mut nodes = Vec::new();
        while let Some(token) = self.next() {
            match token.tok {
                Tok::Text(t) => nodes.push(Node::Text(t)),
                Tok::Open => {
                    let keyword = match self.peek() {
                        Some(Tok::Ident(w)) => Some(w.clone()),
                        _ => None,
                    };
                    let pos = self.pos();
                    match keyword.as_deref() {
                        Some("end") => {
                            self.at += 1;
                            self.expect_close("end")?;
                            if depth == 0 {
                                return Err(err(pos, "unexpected {{end}}"));
                            }
                            return Ok((nodes, Stop::End));
                        }
                        Some("else") => {
                            self.at += 1;
                            if depth == 0 {
                                return Err(err(pos, "unexpected {{else}}"));
                            }
                            let chain = match self.peek() {
                                Some(Tok::Ident(w)) if w == "if" || w == "with" => {
                                    let w = w.clone();
                                    self.at += 1;
                                    let pipe = self.pipeline(true)?;
                                    Some((w, pipe))
                                }
                                _ => {
                                    self.expect_close("else")?;
                                    None
                                }
                            };
                            return Ok((nodes, Stop::Else(chain)));
                        }
                        Some(w @ ("if" | "with" | "range")) => {
                            let w = w.to_string();
                            self.at += 1;
                            nodes.push(self.block(&w, depth)?);
                        }
                        Some(w @ ("break" | "continue")) => {
                            let brk = w == "break";
                            self.at += 1;
                            self.expect_close(if brk { "break" } else { "continue" })?;
                            nodes.push(if brk { Node::Break } else { Node::Continue });
                        }
                        Some(w @ ("define" | "template" | "block")) => {
                            return Err(err(pos, format!("den's templates have no {{{{{w}}}}}")));
                        }
                        _ => nodes.push(Node::Action(self.pipeline(true)?)),
                    }
                }
                other => return Err(err(token.pos, format!("unexpected {other:?}"))),
            }
        }
        Ok((nodes, Stop::Eof))
    }

    /// Parses `if`/`with`/`range` after its keyword, up to and including its `{{end}}`.
    fn block(&mut self, kind: &str, depth: usize) -> Result<Node, TemplateError> {
        let start = self.pos();
        let mut branches = Branches {
            arms: Vec::new(),
            otherwise: Vec::new(),
        };
        let mut pipe = self.pipeline(true)?;
        loop {
            let (body, end) = self.list(depth + 1)?;
            branches.arms.push((pipe, body));
            match end {
                Stop::Eof => {
                    return Err(err(
                        start,
                        format!("unexpected EOF: {{{{{kind}}}}} has no {{{{end}}}}"),
                    ));
                }
                Stop::End => break,
                Stop::Else(Some((chained, next))) => {
                    if chained != kind || kind == "range" {
                        return Err(err(
                            start,
                            format!("{{{{else {chained}}}}} inside {{{{{kind}}}}}"),
                        ));
                    }
                    pipe = next;
                }
                Stop::Else(None) => {
                    let (body, end) = self.list(depth + 1)?;
                    branches.otherwise = body;
                    match end {
                        Stop::End => break,
                        Stop::Eof => {
                            return Err(err(
                                start,
                                format!("unexpected EOF: {{{{{kind}}}}} has no {{{{end}}}}"),
                            ));
                        }
                        Stop::Else(_) => return Err(err(start, "expected {{end}} after {{else}}")),
                    }
                }
            }
        }
        Ok(match kind {
            "if" => Node::If(branches),
            "with" => Node::With(branches),
            _ => Node::Range(branches),
        })
    }

    /// Parses a pipeline up to `}}` (`action`) or `)`, consuming the closing token.
    fn pipeline(&mut self, action: bool) -> Result<Pipe, TemplateError> {
        let pos = self.pos();
        let mut vars = Vec::new();
        let mut declare = false;
        // `$x :=`, `$x =`, `$i, $v :=`.
        let save = self.at;
        let mut names = Vec::new();
        while let Some(Tok::Var(name)) = self.peek() {
            names.push(name.clone());
            self.at += 1;
            match self.peek() {
                Some(Tok::Comma) if names.len() == 1 => self.at += 1,
                Some(Tok::Declare) => {
                    self.at += 1;
                    declare = true;
                    vars = std::mem::take(&mut names);
                    break;
                }
                Some(Tok::Assign) => {
                    self.at += 1;
                    vars = std::mem::take(&mut names);
                    break;
                }
                _ => break,
            }
        }
        if vars.is_empty() {
            self.at = save;
        }
        let mut cmds = Vec::new();
        let mut args = Vec::new();
        loop {
            let Some(token) = self.next() else {
                return Err(self.err_prev("unclosed action"));
            };
            match token.tok {
                Tok::Close if action => break,
                Tok::RParen if !action => break,
                Tok::Pipe => {
                    if args.is_empty() {
                        return Err(err(token.pos, "missing command before |"));
                    }
                    cmds.push(std::mem::take(&mut args));
                }
                _ => {
                    self.at -= 1;
                    if !args.is_empty() && !token.spaced {
                        return Err(err(
                            token.pos,
                            format!("unexpected {:?} in operand", token.tok),
                        ));
                    }
                    args.push(self.operand()?);
                }
            }
        }
        if args.is_empty() {
            if cmds.is_empty() {
                return Err(err(pos, "missing value for command"));
            }
            return Err(err(pos, "missing command after |"));
        }
        cmds.push(args);
        Ok(Pipe {
            pos,
            vars,
            declare,
            cmds,
        })
    }

    /// The `.A.B` links right after an operand.
    fn chain(&mut self) -> Vec<String> {
        let mut path = Vec::new();
        while let Some(Token {
            tok: Tok::Field(name),
            spaced: false,
            ..
        }) = self.tokens.get(self.at)
        {
            path.push(name.clone());
            self.at += 1;
        }
        path
    }

    fn operand(&mut self) -> Result<Arg, TemplateError> {
        let Some(token) = self.next() else {
            return Err(self.err_prev("unclosed action"));
        };
        let pos = token.pos;
        Ok(match token.tok {
            Tok::Field(name) => {
                let mut path = vec![name];
                path.extend(self.chain());
                Arg::Field(path, pos)
            }
            Tok::Dot => Arg::Field(Vec::new(), pos),
            Tok::Var(name) => {
                let path = self.chain();
                Arg::Var(name, path, pos)
            }
            Tok::LParen => {
                let pipe = self.pipeline(false)?;
                let path = self.chain();
                Arg::Sub(Box::new(pipe), path)
            }
            Tok::Str(s) => Arg::Str(s),
            Tok::Num(n) => {
                Arg::Num(number(&n).ok_or_else(|| err(pos, format!("bad number syntax: {n:?}")))?)
            }
            Tok::Ident(w) => match w.as_str() {
                "true" => Arg::Bool(true),
                "false" => Arg::Bool(false),
                "nil" => Arg::Nil,
                _ if super::funcs::exists(&w) => Arg::Func(w, pos),
                _ => return Err(err(pos, format!("function \"{w}\" not defined"))),
            },
            other => return Err(err(pos, format!("unexpected {other:?} in operand"))),
        })
    }
}

/// A Go number constant: integers (decimal, 0x, 0o, 0b, with `_`) and floats.
fn number(text: &str) -> Option<serde_json::Value> {
    let clean = text.replace('_', "");
    let (neg, digits) = match clean.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, clean.strip_prefix('+').unwrap_or(&clean)),
    };
    let int = if let Some(h) = digits.strip_prefix("0x").or(digits.strip_prefix("0X")) {
        i64::from_str_radix(h, 16).ok()
    } else if let Some(o) = digits.strip_prefix("0o").or(digits.strip_prefix("0O")) {
        i64::from_str_radix(o, 8).ok()
    } else if let Some(b) = digits.strip_prefix("0b").or(digits.strip_prefix("0B")) {
        i64::from_str_radix(b, 2).ok()
    } else if digits.len() > 1
        && digits.starts_with('0')
        && digits.bytes().all(|b| b.is_ascii_digit())
    {
        i64::from_str_radix(&digits[1..], 8).ok()
    } else {
        digits.parse::<i64>().ok()
    };
    if let Some(i) = int {
        return Some(serde_json::Value::from(if neg { -i } else { i }));
    }
    let f: f64 = clean.parse().ok()?;
    // A float constant with an integral value is an integer constant in Go (`{{3.0}}` is 3).
    #[allow(clippy::cast_possible_truncation, clippy::float_cmp)]
    if f.fract() == 0.0 && f.abs() < 9.0e15 {
        return Some(serde_json::Value::from(f as i64));
    }
    serde_json::Number::from_f64(f).map(serde_json::Value::Number)
}
