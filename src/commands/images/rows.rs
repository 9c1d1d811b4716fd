//! The rows of `den images` for tables and templates: podman's template fields (its Go
//! struct's and methods'), its default tables and headers, and its `--sort` orders.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use crate::image::reference::split_name;
use crate::output::units::SizeStyle;
use crate::output::{Listing, go_time, human_duration, human_size};
use crate::store::index::ImageRecord;
use crate::store::time;

const HEADERS: &[(&str, &str)] = &[
    ("Containers", "CONTAINERS"),
    ("Created", "CREATED"),
    ("Dangling", "DANGLING"),
    ("Digest", "DIGEST"),
    ("History", "HISTORY"),
    ("ID", "IMAGE ID"),
    ("Labels", "LABELS"),
    ("Names", "NAMES"),
    ("ParentId", "PARENT ID"),
    ("ReadOnly", "R/O"),
    ("RepoDigests", "REPO DIGESTS"),
    ("RepoTags", "REPO TAGS"),
    ("Repository", "REPOSITORY"),
    ("SharedSize", "SHARED SIZE"),
    ("Size", "SIZE"),
    ("Tag", "TAG"),
    ("VirtualSize", "VIRTUAL SIZE"),
];

/// podman's default `images` table (with `--digests`, a DIGEST column after TAG).
pub fn listing(digests: bool) -> Listing {
    Listing {
        name: "images",
        default: if digests {
            "{{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.Created}}\t{{.Size}}"
        } else {
            "{{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.Created}}\t{{.Size}}"
        },
        headers: HEADERS,
    }
}

/// The IMAGE ID column: 12 digits, or `sha256:` and all of them with `--no-trunc`.
pub fn id_text(image: &ImageRecord, no_trunc: bool) -> String {
    if no_trunc {
        format!("sha256:{}", image.id)
    } else {
        image.id[..12].to_string()
    }
}

/// What one row is made of.
pub struct RowFacts<'a> {
    pub image: &'a ImageRecord,
    pub name: Option<&'a str>,
    pub created: Option<i64>,
    pub now: i64,
    pub no_trunc: bool,
    pub labels: Option<HashMap<String, String>>,
    pub containers: usize,
}

fn repo_tag(name: Option<&str>) -> (String, String) {
    match name {
        Some(n) => {
            let (repo, tag, _) = split_name(n);
            (repo.to_string(), tag.unwrap_or("<none>").to_string())
        }
        None => ("<none>".to_string(), "<none>".to_string()),
    }
}

/// One row of `den images` as podman's template sees it.
pub fn row(f: &RowFacts) -> Value {
    let image = f.image;
    let (repository, tag) = repo_tag(f.name);
    let since = f.created.map_or_else(
        || "unknown".to_string(),
        |t| human_duration(f.now - t) + " ago",
    );
    let mut labels: Vec<(String, String)> =
        f.labels.clone().unwrap_or_default().into_iter().collect();
    labels.sort();
    let labels: Map<String, Value> = labels
        .into_iter()
        .map(|(k, v)| (k, Value::String(v)))
        .collect();
    let repo_digests: Vec<String> = image
        .names
        .iter()
        .map(|n| format!("{}@{}", split_name(n).0, image.manifest))
        .collect();
    let created_at = f
        .created
        .map_or_else(String::new, |t| go_time(&time::format_rfc3339(t)));
    json!({
        "Containers": f.containers,
        "Created": since,
        "CreatedAt": created_at,
        "CreatedSince": since,
        "Dangling": image.names.is_empty(),
        "Digest": image.manifest,
        "History": image.names.join(", "),
        "ID": id_text(image, f.no_trunc),
        "Id": image.id,
        "IsReadOnly": false,
        "Labels": labels,
        "Names": image.names,
        "ParentId": "",
        "ReadOnly": false,
        "RepoDigests": repo_digests,
        "RepoTags": image.names,
        "Repository": repository,
        "SharedSize": 0,
        "Size": human_size(image.size, SizeStyle::Column),
        "Tag": tag,
        "VirtualSize": image.size,
    })
}

/// podman's `--sort`: created (newest first, the default), id, repository, tag, size.
pub fn sort(
    rows: &mut [(&ImageRecord, Option<&str>)],
    key: Option<&str>,
    created: fn(&ImageRecord) -> Option<i64>,
) {
    match key {
        Some("id") => rows.sort_by(|a, b| a.0.id.cmp(&b.0.id)),
        Some("repository") => rows.sort_by_key(|r| repo_tag(r.1)),
        Some("tag") => rows.sort_by_key(|r| repo_tag(r.1).1),
        Some("size") => rows.sort_by_key(|r| r.0.size),
        _ => rows.sort_by_key(|r| std::cmp::Reverse(created(r.0))),
    }
}
