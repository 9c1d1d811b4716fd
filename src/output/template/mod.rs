//! Go's text/template for `--format`, run on the JSON-shaped data den prints, written for den
//! by hand: no maintained Rust crate implements Go's template language (gtmpl is unmaintained
//! and partial), and podman's scripts need its exact semantics.
//!
//! What it takes: text and `{{actions}}`, `{{-`/`-}}` trimming, `{{/* comments */}}`, fields
//! and chains (`.A.B`, `$.A`, `$x.A`, `(pipeline).A`), variables (`$x := ...`, `$x = ...`,
//! `range $i, $v := ...`), pipelines (`a | b`: the value is passed as the last argument),
//! `if`/`else if`/`else`, `with`/`else with`/`else`, `range` over lists, maps (keys sorted)
//! and integers with `else`, `break` and `continue`, and the functions of `funcs`. Not taken:
//! `define`, `template`, `block` (a clear error says so).
//!
//! Values print as Go prints them: strings bare, `[a b]`, `map[k:v]`, `<nil>`, numbers
//! without `.0`, and `<no value>` for a missing map key. A field is looked up by its exact
//! name, then case-insensitively (podman takes `{{.Id}}` and `{{.ID}}` on inspect JSON). A
//! field missing from the data's top object (a Go struct in podman) is an error that lists
//! the fields; deeper (a map in podman) it is `<no value>`. As podman, the two-character
//! sequences `\t` and `\n` in the text between actions are a tab and a newline.

mod exec;
mod funcs;
mod lex;
mod parse;
mod printf;
#[cfg(test)]
mod tests;

use std::fmt;

use anyhow::Result;
use serde_json::Value;

use crate::error::hinted;

pub use funcs::go_print as print_go;

/// A line and column in the template, from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

/// What went wrong, where.
#[derive(Debug, Clone)]
pub enum TemplateError {
    Parse {
        pos: Pos,
        message: String,
    },
    Exec {
        pos: Pos,
        message: String,
    },
    NoField {
        pos: Pos,
        field: String,
        known: String,
    },
}

/// A parsed template.
#[derive(Debug, Clone)]
pub struct Template {
    name: String,
    nodes: Vec<parse::Node>,
}

const HINT: &str = "--format takes json, table, table TEMPLATE or a Go template such as \
                    '{{.ID}} {{.Names}}'";

impl Template {
    /// Parses `template` (the value of `--format`).
    pub fn parse(template: &str) -> Result<Template> {
        Template::parse_named("format", template)
    }

    /// Parses `template`; errors name it `name` (podman uses the command's name).
    pub fn parse_named(name: &str, template: &str) -> Result<Template> {
        let nodes = lex::lex(template)
            .and_then(|tokens| parse::parse(&tokens))
            .map_err(|e| report(name, &e))?;
        Ok(Template {
            name: name.to_string(),
            nodes,
        })
    }

    /// Renders the template for `data`.
    pub fn render(&self, data: &Value) -> Result<String> {
        let mut exec = exec::Exec::new(data);
        exec.run(&self.nodes, data)
            .map_err(|e| report(&self.name, &e))?;
        Ok(exec.out)
    }

    /// Renders the template for `data` taken as a map, as podman renders a table's header
    /// row: a field missing from it is `<no value>`, not an error.
    pub fn render_map(&self, data: &Value) -> Result<String> {
        let mut exec = exec::Exec::new(data);
        exec.strict = false;
        exec.run(&self.nodes, data)
            .map_err(|e| report(&self.name, &e))?;
        Ok(exec.out)
    }
}

fn report(name: &str, e: &TemplateError) -> anyhow::Error {
    match e {
        TemplateError::Parse { pos, message } => hinted(
            format!("template: {name}:{}:{}: {message}", pos.line, pos.col),
            HINT,
        ),
        TemplateError::Exec { pos, message } => hinted(
            format!(
                "template: {name}:{}:{}: executing \"{name}\": {message}",
                pos.line, pos.col
            ),
            HINT,
        ),
        TemplateError::NoField { pos, field, known } => hinted(
            format!(
                "template: {name}:{}:{}: executing \"{name}\" at <.{field}>: can't evaluate \
                 field {field}",
                pos.line, pos.col
            ),
            format!("the fields here are: {known}"),
        ),
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}
