//! `den history`: the image config's history, newest first, as podman shows it: the image id
//! on the newest step (and on steps where another image's top layer is), `<missing>`
//! elsewhere, the uncompressed size of the layer each non-empty step made.

use std::io::Write;

use anyhow::{Context, Result};
use serde_json::{Value, json};

use crate::cli::HistoryArgs;
use crate::config::Ctx;
use crate::output::units::SizeStyle;
use crate::output::{self, Listing, go_time, human_duration, human_size};
use crate::store::index::{ImageRecord, resolve};
use crate::store::{Store, time};

/// One step of an image's history (podman's ImageHistory; JSON keys as podman's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub id: String,
    pub created: Option<String>,
    pub created_by: String,
    pub size: u64,
    pub comment: String,
}

/// podman's default `history` table and the headers of its template fields.
const LISTING: Listing = Listing {
    name: "history",
    default: "{{.ID}}\t{{.Created}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}",
    headers: &[
        ("Comment", "COMMENT"),
        ("Created", "CREATED"),
        ("CreatedBy", "CREATED BY"),
        ("ID", "ID"),
        ("Size", "SIZE"),
        ("Tags", "TAGS"),
    ],
};

/// podman's truncation of CREATED BY.
const CREATED_BY_WIDTH: usize = 45;

/// Builds the steps, newest first, from the config's `history` and the index. Pure.
pub fn steps(image: &ImageRecord, history: &[Value], all: &[ImageRecord]) -> Vec<Step> {
    let mut out = Vec::new();
    // The layer the next non-empty step made, counted from the top.
    let mut layer = image.layers.len().checked_sub(1);
    let mut used_ids: Vec<String> = Vec::new();
    for entry in history.iter().rev() {
        let empty = entry["empty_layer"].as_bool().unwrap_or(false);
        let mut step = Step {
            id: "<missing>".to_string(),
            created: entry["created"].as_str().map(str::to_string),
            created_by: entry["created_by"].as_str().unwrap_or("").to_string(),
            size: 0,
            comment: entry["comment"].as_str().unwrap_or("").to_string(),
        };
        if let Some(top) = layer {
            if !empty {
                step.size = image.layers[top].unpacked_size;
            }
            // Images whose top layer is this one: the image itself on its newest step,
            // its parents further down.
            let chain: Vec<&str> = image.layers[..=top]
                .iter()
                .map(|l| l.diff_id.as_str())
                .collect();
            let holders: Vec<&ImageRecord> = std::iter::once(image)
                .chain(all.iter().filter(|i| i.id != image.id))
                .filter(|i| {
                    i.layers
                        .iter()
                        .map(|l| l.diff_id.as_str())
                        .eq(chain.iter().copied())
                })
                .collect();
            if let Some(first) = holders.first()
                && !used_ids.contains(&first.id)
            {
                step.id.clone_from(&first.id);
                used_ids.push(first.id.clone());
            }
            if !empty {
                layer = top.checked_sub(1);
            }
        }
        out.push(step);
    }
    out
}

/// podman's `history --format json` object: these exact keys (`comment` only when set).
fn step_json(step: &Step) -> Value {
    let mut value = json!({
        "id": step.id,
        "created": step.created,
        "CreatedBy": step.created_by,
        "size": step.size,
    });
    if !step.comment.is_empty() {
        value["comment"] = json!(step.comment);
    }
    value["Created"] = json!(step.created);
    value
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut out: String = text.chars().take(width - 3).collect();
    out.push_str("...");
    out
}

pub fn run(ctx: &Ctx, args: &HistoryArgs) -> Result<i32> {
    let shape = output::parse_format(args.format.as_deref(), &LISTING)?;
    let store = Store::open(&ctx.paths)?;
    let index = store.read_index()?;
    let image = &index.images[resolve(&index.images, &args.image)?.index];
    let bytes = std::fs::read(store.blob_path(&image.config))
        .with_context(|| format!("reading the config of image {}", &image.id[..12]))?;
    let config: Value = serde_json::from_slice(&bytes)
        .with_context(|| format!("parsing the config of image {}", &image.id[..12]))?;
    let history = config["history"].as_array().cloned().unwrap_or_default();
    let steps = steps(image, &history, &index.images);
    let mut out = crate::output::stdout();
    let id_of = |id: &str| {
        if args.no_trunc || id == "<missing>" {
            id.to_string()
        } else {
            id[..12].to_string()
        }
    };
    if args.quiet {
        for step in &steps {
            writeln!(out, "{}", id_of(&step.id))?;
        }
        return Ok(0);
    }
    if shape.is_json() {
        let list: Vec<Value> = steps.iter().map(step_json).collect();
        serde_json::to_writer(&mut out, &list)?;
        writeln!(out)?;
        return Ok(0);
    }
    let now = time::now_unix();
    let created = |step: &Step| {
        if !args.human {
            return step.created.clone().unwrap_or_default();
        }
        step.created
            .as_deref()
            .and_then(time::parse_rfc3339)
            .map_or_else(
                || "unknown".to_string(),
                |t| human_duration(now - t) + " ago",
            )
    };
    let size = |step: &Step| {
        if args.human {
            human_size(step.size, SizeStyle::Column)
        } else {
            step.size.to_string()
        }
    };
    let rows: Vec<Value> = steps
        .iter()
        .map(|step| {
            let created_by = if args.no_trunc {
                step.created_by.clone()
            } else {
                truncate(&step.created_by, CREATED_BY_WIDTH)
            };
            let at = step.created.as_deref().unwrap_or_default();
            json!({
                "Comment": step.comment,
                "Created": created(step),
                "CreatedAt": go_time(at),
                "CreatedBy": created_by,
                "CreatedSince": step
                    .created
                    .as_deref()
                    .and_then(time::parse_rfc3339)
                    .map_or_else(|| "unknown".to_string(), |t| human_duration(now - t) + " ago"),
                "ID": id_of(&step.id),
                "Size": size(step),
                // podman 4.3 leaves every step's Tags empty: `{{.Tags}}` prints `[]`.
                "Tags": Vec::<String>::new(),
            })
        })
        .collect();
    output::print_rows(&shape, &rows, &LISTING, false)?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::index::LayerRecord;

    fn layer(n: char, size: u64) -> LayerRecord {
        LayerRecord {
            digest: String::new(),
            size: 0,
            media_type: String::new(),
            diff_id: format!("sha256:{}", n.to_string().repeat(64)),
            unpacked_size: size,
        }
    }

    fn rec(id: char, names: &[&str], layers: Vec<LayerRecord>) -> ImageRecord {
        ImageRecord {
            id: id.to_string().repeat(64),
            names: names.iter().map(|s| (*s).to_string()).collect(),
            manifest: String::new(),
            manifest_media_type: String::new(),
            config: String::new(),
            layers,
            created: None,
            stored: String::new(),
            size: 0,
        }
    }

    #[test]
    fn steps_get_sizes_ids_and_parent_ids_like_podman() {
        let child = rec(
            'c',
            &["localhost/child:1"],
            vec![layer('1', 100), layer('2', 7)],
        );
        let parent = rec('p', &["localhost/parent:1"], vec![layer('1', 100)]);
        let history = vec![
            json!({"created_by": "ADD rootfs", "created": "2025-01-01T00:00:00Z"}),
            json!({"created_by": "CMD [\"sh\"]", "empty_layer": true}),
            json!({"created_by": "RUN touch /x", "comment": "hi"}),
        ];
        let all = vec![child.clone(), parent.clone()];
        let s = steps(&child, &history, &all);
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].id.as_str(), s[0].size), (child.id.as_str(), 7));
        assert_eq!(s[0].comment, "hi");
        assert_eq!((s[1].id.as_str(), s[1].size), (parent.id.as_str(), 0));
        assert_eq!((s[2].id.as_str(), s[2].size), ("<missing>", 100));
        assert_eq!(s[2].created.as_deref(), Some("2025-01-01T00:00:00Z"));
    }

    #[test]
    fn created_by_is_truncated_to_45() {
        let long = "x".repeat(60);
        assert_eq!(truncate(&long, 45).len(), 45);
        assert!(truncate(&long, 45).ends_with("..."));
        assert_eq!(truncate("short", 45), "short");
    }
}
