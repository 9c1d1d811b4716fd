//! Running a parsed template on JSON data with Go's rules: truth, scopes of variables, field
//! lookup, range over lists and maps (keys sorted), pipelines passing their value on as the
//! last argument.

use serde_json::Value;

use super::funcs;
use super::parse::{Arg, Branches, Node, Pipe};
use super::{Pos, TemplateError};

/// A value in the template: `None` is Go's invalid value (a map's missing key), printed as
/// `<no value>`.
pub type Val = Option<Value>;

/// How a loop body ended.
enum Flow {
    Normal,
    Break,
    Continue,
}

pub struct Exec<'a> {
    pub out: String,
    vars: Vec<(String, Value)>,
    root: &'a Value,
    /// Whether the data's top object is a struct (a missing field is an error, names match
    /// case-insensitively after the exact one) rather than a Go map (exact keys, a missing
    /// one is `<no value>`).
    pub strict: bool,
}

fn exec_err(pos: Pos, message: impl Into<String>) -> TemplateError {
    TemplateError::Exec {
        pos,
        message: message.into(),
    }
}

/// Go's truth: false, 0, nil, and empty strings, lists and maps are false.
pub fn truth(v: &Val) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(m)) => !m.is_empty(),
    }
}

/// A field of a map: the exact key first, then one that differs only in case (podman takes
/// `.Id` and `.ID` alike on inspect JSON), then one that also differs in underscores (the
/// Go field `ContainerID` is the JSON key `container_id`).
pub fn find_key<'v>(map: &'v serde_json::Map<String, Value>, key: &str) -> Option<&'v Value> {
    let plain = |k: &str| -> String {
        k.chars()
            .filter(|c| *c != '_')
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    map.get(key)
        .or_else(|| {
            map.iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v)
        })
        .or_else(|| {
            let want = plain(key);
            map.iter().find(|(k, _)| plain(k) == want).map(|(_, v)| v)
        })
}

impl<'a> Exec<'a> {
    pub fn new(root: &'a Value) -> Exec<'a> {
        Exec {
            out: String::new(),
            vars: vec![("$".to_string(), root.clone())],
            root,
            strict: true,
        }
    }

    pub fn run(&mut self, nodes: &[Node], dot: &Value) -> Result<(), TemplateError> {
        // `break` and `continue` outside a range end the template, as nothing follows.
        self.list(nodes, dot).map(|_| ())
    }

    fn list(&mut self, nodes: &[Node], dot: &Value) -> Result<Flow, TemplateError> {
        for node in nodes {
            match node {
                Node::Text(t) => self.out.push_str(t),
                Node::Action(pipe) => {
                    let v = self.pipe(pipe, dot)?;
                    if pipe.vars.is_empty() {
                        self.out.push_str(&funcs::go_print(&v));
                    }
                }
                Node::If(b) => {
                    let flow = self.conditional(b, dot, false)?;
                    if !matches!(flow, Flow::Normal) {
                        return Ok(flow);
                    }
                }
                Node::With(b) => {
                    let flow = self.conditional(b, dot, true)?;
                    if !matches!(flow, Flow::Normal) {
                        return Ok(flow);
                    }
                }
                Node::Range(b) => self.range(b, dot)?,
                Node::Break => return Ok(Flow::Break),
                Node::Continue => return Ok(Flow::Continue),
            }
        }
        Ok(Flow::Normal)
    }

    /// `if` and `with` (which also moves dot to the value).
    fn conditional(
        &mut self,
        b: &Branches,
        dot: &Value,
        with: bool,
    ) -> Result<Flow, TemplateError> {
        let mark = self.vars.len();
        for (pipe, body) in &b.arms {
            let v = self.pipe(pipe, dot)?;
            if truth(&v) {
                let inner = if with {
                    v.unwrap_or(Value::Null)
                } else {
                    dot.clone()
                };
                let flow = self.list(body, &inner);
                self.vars.truncate(mark);
                return flow;
            }
        }
        let flow = self.list(&b.otherwise, dot);
        self.vars.truncate(mark);
        flow
    }

    fn range(&mut self, b: &Branches, dot: &Value) -> Result<(), TemplateError> {
        let (pipe, body) = &b.arms[0];
        let mark = self.vars.len();
        // The variables are set per element, not to the value of the pipeline.
        let decl = Pipe {
            vars: Vec::new(),
            ..pipe.clone()
        };
        let v = self.pipe(&decl, dot)?;
        let items: Vec<(Value, Value)> = match &v {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(a)) => a
                .iter()
                .enumerate()
                .map(|(i, x)| (Value::from(i), x.clone()))
                .collect(),
            Some(Value::Object(m)) => {
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort();
                keys.into_iter()
                    .map(|k| (Value::String(k.clone()), m[k].clone()))
                    .collect()
            }
            Some(Value::Number(n)) if n.as_i64().is_some() => (0..n.as_i64().unwrap_or(0))
                .map(|i| (Value::from(i), Value::from(i)))
                .collect(),
            Some(other) => {
                return Err(exec_err(
                    pipe.pos,
                    format!(
                        "range can't iterate over {}",
                        funcs::go_print(&Some(other.clone()))
                    ),
                ));
            }
        };
        if items.is_empty() {
            self.list(&b.otherwise, dot)?;
            self.vars.truncate(mark);
            return Ok(());
        }
        for (key, item) in items {
            match pipe.vars.as_slice() {
                [v] => self.vars.push((v.clone(), item.clone())),
                [k, v] => {
                    self.vars.push((k.clone(), key));
                    self.vars.push((v.clone(), item.clone()));
                }
                _ => {}
            }
            let flow = self.list(body, &item)?;
            self.vars.truncate(mark);
            if matches!(flow, Flow::Break) {
                break;
            }
        }
        Ok(())
    }

    fn pipe(&mut self, pipe: &Pipe, dot: &Value) -> Result<Val, TemplateError> {
        let mut value: Option<Val> = None;
        for cmd in &pipe.cmds {
            value = Some(self.command(cmd, dot, value)?);
        }
        let value = value.unwrap_or(None);
        if !pipe.vars.is_empty() {
            let v = value.clone().unwrap_or(Value::Null);
            let name = &pipe.vars[pipe.vars.len() - 1];
            if pipe.declare {
                self.vars.push((name.clone(), v));
            } else {
                match self.vars.iter_mut().rev().find(|(n, _)| n == name) {
                    Some(slot) => slot.1 = v,
                    None => return Err(exec_err(pipe.pos, format!("undefined variable: {name}"))),
                }
            }
        }
        Ok(value)
    }

    fn command(
        &mut self,
        args: &[Arg],
        dot: &Value,
        piped: Option<Val>,
    ) -> Result<Val, TemplateError> {
        if let Arg::Func(name, pos) = &args[0] {
            return self.call(name, *pos, &args[1..], dot, piped);
        }
        if matches!(args[0], Arg::Nil) {
            return Err(exec_err(Pos { line: 1, col: 1 }, "nil is not a command"));
        }
        if args.len() > 1 || piped.is_some() {
            let pos = match &args[0] {
                Arg::Field(_, p) | Arg::Var(_, _, p) => *p,
                _ => Pos { line: 1, col: 1 },
            };
            return Err(exec_err(pos, "can't give argument to non-function"));
        }
        self.arg(&args[0], dot)
    }

    fn call(
        &mut self,
        name: &str,
        pos: Pos,
        args: &[Arg],
        dot: &Value,
        piped: Option<Val>,
    ) -> Result<Val, TemplateError> {
        // `and` and `or` stop at the first value that decides them, as Go's.
        if name == "and" || name == "or" {
            let mut last = None;
            let total = args.len() + usize::from(piped.is_some());
            if total == 0 {
                return Err(exec_err(
                    pos,
                    format!("wrong number of args for {name}: want at least 1 got 0"),
                ));
            }
            for a in args {
                let v = self.arg(a, dot)?;
                if truth(&v) == (name == "or") {
                    return Ok(v);
                }
                last = Some(v);
            }
            if let Some(p) = piped {
                return Ok(p);
            }
            return Ok(last.unwrap_or(None));
        }
        let mut values = Vec::with_capacity(args.len() + 1);
        for a in args {
            values.push(self.arg(a, dot)?);
        }
        if let Some(p) = piped {
            values.push(p);
        }
        funcs::call(name, &values).map_err(|m| exec_err(pos, format!("error calling {name}: {m}")))
    }

    fn arg(&mut self, arg: &Arg, dot: &Value) -> Result<Val, TemplateError> {
        match arg {
            Arg::Field(path, pos) => {
                self.field(Some(dot.clone()), path, *pos, std::ptr::eq(dot, self.root))
            }
            Arg::Var(name, path, pos) => {
                let Some((_, v)) = self.vars.iter().rev().find(|(n, _)| n == name) else {
                    return Err(exec_err(*pos, format!("undefined variable: {name}")));
                };
                let v = v.clone();
                let top = name == "$";
                self.field(Some(v), path, *pos, top)
            }
            Arg::Sub(pipe, path) => {
                let v = self.pipe(pipe, dot)?;
                self.field(v, path, pipe.pos, false)
            }
            Arg::Func(name, pos) => self.call(name, *pos, &[], dot, None),
            Arg::Str(s) => Ok(Some(Value::String(s.clone()))),
            Arg::Num(n) => Ok(Some(n.clone())),
            Arg::Bool(b) => Ok(Some(Value::Bool(*b))),
            Arg::Nil => Ok(Some(Value::Null)),
        }
    }

    /// Follows `path` from `value`. A field missing from the data's top object (a struct in
    /// podman) is an error naming the fields there are; deeper (maps) it is `<no value>`.
    fn field(
        &self,
        value: Val,
        path: &[String],
        pos: Pos,
        top: bool,
    ) -> Result<Val, TemplateError> {
        let mut value = value;
        for (depth, key) in path.iter().enumerate() {
            value = match value {
                Some(Value::Object(map)) => match if self.strict {
                    find_key(&map, key)
                } else {
                    map.get(key.as_str())
                } {
                    Some(v) => Some(v.clone()),
                    None if depth == 0 && top && self.strict => {
                        let known: Vec<&str> = map.keys().map(String::as_str).collect();
                        return Err(TemplateError::NoField {
                            pos,
                            field: key.clone(),
                            known: known.join(", "),
                        });
                    }
                    None => None,
                },
                None | Some(Value::Null) => None,
                Some(other) => {
                    return Err(exec_err(
                        pos,
                        format!(
                            "can't evaluate field {key} in type {}",
                            funcs::type_name(&other)
                        ),
                    ));
                }
            };
        }
        Ok(value)
    }
}
