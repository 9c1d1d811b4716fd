//! `den images`: podman's table (REPOSITORY TAG IMAGE ID CREATED SIZE), `-q`, `--no-trunc`,
//! `--format json|table|TEMPLATE`, `--digests`, `--sort`, `--noheading`, an optional name, and podman's `--filter` (dangling, reference, before,
//! since, label, id).

use std::collections::HashMap;
use std::io::Write;

mod rows;

use anyhow::{Result, anyhow};
use serde_json::{Value, json};

use crate::cli::ImagesArgs;
use crate::config::Ctx;
use crate::error::hinted;
use crate::image::reference::split_name;
use crate::output;
use crate::store::index::ImageRecord;
use crate::store::{Store, time};

pub fn run(ctx: &Ctx, args: &ImagesArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut images = store.images()?;
    let mut filters = parse_filters(&args.filter)?;
    // `images NAME` is podman's `--filter reference=NAME`.
    if let Some(name) = args.name.as_deref() {
        if name.is_empty() {
            return Err(hinted(
                "the image name to list is empty",
                "give a name or a glob, e.g. den images busybox",
            ));
        }
        filters.push(Filter::Reference(name.to_string()));
    }
    // Newest first, as podman.
    images.sort_by_key(|i| std::cmp::Reverse(created_unix(i)));
    let now = time::now_unix();
    let resolved = resolve_filters(&store, &images, &filters)?;
    images.retain(|image| {
        let labels = if filters.iter().any(|f| matches!(f, Filter::Label(..))) {
            store
                .image_from_record(image)
                .ok()
                .and_then(|i| i.config.config().as_ref()?.labels().clone())
                .unwrap_or_default()
        } else {
            std::collections::HashMap::new()
        };
        image_matches(&resolved, image, created_unix(image), &labels)
    });
    // Without -a, the nameless images `den build` keeps as its cache are hidden (podman's
    // intermediate images).
    if !args.all {
        let cached = crate::build::cache::cached_images(&store);
        if !cached.is_empty() {
            images.retain(|i| !(i.names.is_empty() && cached.contains(&i.id)));
        }
    }
    // One row per name (or one `<none>` row). An image a reference filter kept shows all its
    // names, as podman.
    let mut rows: Vec<(&ImageRecord, Option<&str>)> = Vec::new();
    for image in &images {
        if image.names.is_empty() {
            rows.push((image, None));
        } else {
            rows.extend(image.names.iter().map(|n| (image, Some(n.as_str()))));
        }
    }

    rows::sort(&mut rows, args.sort.as_deref(), created_unix);
    let mut out = crate::output::stdout();
    if args.quiet {
        let mut seen = Vec::new();
        for (image, _) in &rows {
            if !seen.contains(&image.id) {
                seen.push(image.id.clone());
                writeln!(out, "{}", rows::id_text(image, args.no_trunc))?;
            }
        }
        return Ok(0);
    }
    let listing = rows::listing(args.digests);
    let shape = output::parse_format(args.format.as_deref(), &listing)?;
    let users = store.containers_by_image();
    let mut labels = HashMap::new();
    let mut labels_of = |image: &ImageRecord| -> Option<HashMap<String, String>> {
        labels
            .entry(image.id.clone())
            .or_insert_with(|| {
                store
                    .image_from_record(image)
                    .ok()
                    .and_then(|i| i.config.config().as_ref()?.labels().clone())
            })
            .clone()
    };
    if shape.is_json() {
        let mut seen = Vec::new();
        let mut list = Vec::new();
        for (image, _) in &rows {
            if seen.contains(&image.id) {
                continue;
            }
            seen.push(image.id.clone());
            let containers = users.iter().filter(|(id, _)| *id == image.id).count();
            list.push(image_json(image, labels_of(image).as_ref(), containers));
        }
        serde_json::to_writer_pretty(&mut out, &Value::Array(list))?;
        writeln!(out)?;
        return Ok(0);
    }
    let data: Vec<Value> = rows
        .iter()
        .map(|(image, name)| {
            let containers = users.iter().filter(|(id, _)| *id == image.id).count();
            rows::row(&rows::RowFacts {
                image,
                name: *name,
                created: created_unix(image),
                now,
                no_trunc: args.no_trunc,
                labels: labels_of(image),
                containers,
            })
        })
        .collect();
    output::print_rows(&shape, &data, &listing, args.noheading)?;
    Ok(0)
}

/// The filters `--filter` accepts.
const FILTERS: &str = "dangling, reference, before, since, label, id";

/// One `--filter KEY=VALUE`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Filter {
    Dangling(bool),
    Reference(String),
    Before(String),
    Since(String),
    Label(String, Option<String>),
    Id(String),
}

fn parse_filters(specs: &[String]) -> Result<Vec<Filter>> {
    specs.iter().map(|s| parse_filter(s)).collect()
}

fn parse_filter(spec: &str) -> Result<Filter> {
    let Some((key, value)) = spec.split_once('=') else {
        return Err(hinted(
            format!("invalid filter \"{spec}\": it must be KEY=VALUE"),
            format!("valid filters: {FILTERS}"),
        ));
    };
    let empty = || {
        hinted(
            format!("invalid filter \"{spec}\": {key} needs a value"),
            format!("for example --filter {key}=VALUE"),
        )
    };
    if value.is_empty() {
        return Err(empty());
    }
    Ok(match key {
        "dangling" => match value.to_ascii_lowercase().as_str() {
            "true" | "1" => Filter::Dangling(true),
            "false" | "0" => Filter::Dangling(false),
            _ => {
                return Err(hinted(
                    format!("invalid filter \"{spec}\": dangling must be true or false"),
                    "use --filter dangling=true or --filter dangling=false",
                ));
            }
        },
        "reference" => Filter::Reference(value.to_string()),
        "before" => Filter::Before(value.to_string()),
        "since" => Filter::Since(value.to_string()),
        "label" => match value.split_once('=') {
            Some((k, v)) => Filter::Label(k.to_string(), Some(v.to_string())),
            None => Filter::Label(value.to_string(), None),
        },
        "id" => Filter::Id(
            value
                .strip_prefix("sha256:")
                .unwrap_or(value)
                .to_ascii_lowercase(),
        ),
        _ => {
            return Err(hinted(
                format!("invalid filter \"{key}\""),
                format!("valid filters: {FILTERS}"),
            ));
        }
    })
}

/// A filter with its `before`/`since` image turned into a creation time.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Resolved {
    Plain(Filter),
    Before(Option<i64>, String),
    Since(Option<i64>, String),
}

fn resolve_filters(
    store: &Store,
    images: &[ImageRecord],
    filters: &[Filter],
) -> Result<Vec<Resolved>> {
    filters
        .iter()
        .map(|f| {
            Ok(match f {
                Filter::Before(name) | Filter::Since(name) => {
                    let found = store.find_image(name).map_err(|e| {
                        anyhow!("{e:#}")
                            .context(format!("resolving the image of filter \"{name}\""))
                    })?;
                    let created = images
                        .iter()
                        .find(|i| i.id == found.id)
                        .and_then(created_unix);
                    if matches!(f, Filter::Before(_)) {
                        Resolved::Before(created, found.id)
                    } else {
                        Resolved::Since(created, found.id)
                    }
                }
                other => Resolved::Plain(other.clone()),
            })
        })
        .collect()
}

/// Whether `image` passes the filters: filters of different kinds must all match, those of
/// one kind any of them (labels: all), as podman.
fn image_matches(
    filters: &[Resolved],
    image: &ImageRecord,
    created: Option<i64>,
    labels: &std::collections::HashMap<String, String>,
) -> bool {
    let kind = |r: &Resolved| match r {
        Resolved::Plain(Filter::Dangling(_)) => 0,
        Resolved::Plain(Filter::Reference(_)) => 1,
        Resolved::Before(..) | Resolved::Plain(Filter::Before(_)) => 2,
        Resolved::Since(..) | Resolved::Plain(Filter::Since(_)) => 3,
        Resolved::Plain(Filter::Label(..)) => 4,
        Resolved::Plain(Filter::Id(_)) => 5,
    };
    let one = |r: &Resolved| match r {
        Resolved::Plain(Filter::Dangling(want)) => image.names.is_empty() == *want,
        Resolved::Plain(Filter::Reference(pattern)) => {
            image.names.iter().any(|n| reference_matches(pattern, n))
        }
        Resolved::Before(at, id) => {
            *id != image.id && matches!((created, at), (Some(c), Some(a)) if c < *a)
        }
        Resolved::Since(at, id) => {
            *id != image.id && matches!((created, at), (Some(c), Some(a)) if c > *a)
        }
        Resolved::Plain(Filter::Label(key, value)) => match value {
            Some(v) => labels.get(key) == Some(v),
            None => labels.contains_key(key),
        },
        Resolved::Plain(Filter::Id(prefix)) => image.id.starts_with(prefix.as_str()),
        Resolved::Plain(Filter::Before(_) | Filter::Since(_)) => false,
    };
    (0..6).all(|k| {
        let mut of_kind = filters.iter().filter(|r| kind(r) == k).peekable();
        if of_kind.peek().is_none() {
            return true;
        }
        if k == 4 {
            of_kind.all(one)
        } else {
            of_kind.any(one)
        }
    })
}

/// podman's reference filter (and `images NAME`): `pattern` (a glob, `*` not crossing `/`)
/// matches the full name or its repository, or a tail of either that starts after a `/`
/// (`y` and `x/y` match `quay.io/x/y:2`; `docker.io/zed` does not match
/// `docker.io/library/zed`: patterns are not normalized).
fn reference_matches(pattern: &str, name: &str) -> bool {
    let (repo, _, _) = split_name(name);
    [name, repo].iter().any(|full| {
        // The whole, and each tail that starts after a `/`.
        std::iter::once(*full)
            .chain(full.match_indices('/').map(|(i, _)| &full[i + 1..]))
            .any(|c| glob(pattern.as_bytes(), c.as_bytes()))
    })
}

/// Go's `path.Match`: `*` any run without `/`, `?` one character but `/`, `[...]` a class
/// (`^` or `!` negates, `a-z` ranges), `\\` escapes.
fn glob(pattern: &[u8], text: &[u8]) -> bool {
    match pattern.first() {
        None => text.is_empty(),
        Some(b'*') => {
            let rest = &pattern[1..];
            for i in 0..=text.len() {
                if glob(rest, &text[i..]) {
                    return true;
                }
                if i < text.len() && text[i] == b'/' {
                    break;
                }
            }
            false
        }
        Some(b'?') => !text.is_empty() && text[0] != b'/' && glob(&pattern[1..], &text[1..]),
        Some(b'[') => {
            let Some((&c, rest_text)) = text.split_first() else {
                return false;
            };
            let Some(end) = pattern
                .iter()
                .skip(2)
                .position(|&b| b == b']')
                .map(|p| p + 2)
            else {
                return false;
            };
            let mut class = &pattern[1..end];
            let negate = matches!(class.first(), Some(b'^' | b'!'));
            if negate {
                class = &class[1..];
            }
            let mut hit = false;
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == b'-' {
                    hit |= (class[i]..=class[i + 2]).contains(&c);
                    i += 3;
                } else {
                    hit |= class[i] == c;
                    i += 1;
                }
            }
            hit != negate && c != b'/' && glob(&pattern[end + 1..], rest_text)
        }
        Some(b'\\') if pattern.len() > 1 => {
            text.first() == Some(&pattern[1]) && glob(&pattern[2..], &text[1..])
        }
        Some(&p) => text.first() == Some(&p) && glob(&pattern[1..], &text[1..]),
    }
}

fn created_unix(image: &ImageRecord) -> Option<i64> {
    image
        .created
        .as_deref()
        .and_then(time::parse_rfc3339)
        .or_else(|| time::parse_rfc3339(&image.stored))
}

/// podman's `images --format json` object for one image.
fn image_json(
    image: &ImageRecord,
    labels: Option<&std::collections::HashMap<String, String>>,
    containers: usize,
) -> Value {
    let created = created_unix(image).unwrap_or(0);
    let mut repo_digests: Vec<String> = image
        .names
        .iter()
        .map(|n| format!("{}@{}", split_name(n).0, image.manifest))
        .collect();
    repo_digests.dedup();
    json!({
        "Id": image.id,
        "ParentId": "",
        "RepoTags": null,
        "RepoDigests": repo_digests,
        "Size": image.size,
        "SharedSize": 0,
        "VirtualSize": image.size,
        "Labels": labels,
        "Containers": containers,
        "Names": image.names,
        "Digest": image.manifest,
        "History": image.names,
        "Created": created,
        "CreatedAt": time::format_rfc3339(created),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, names: &[&str]) -> ImageRecord {
        let mut value = serde_json::json!({
            "id": id, "names": names, "manifest": "sha256:00", "size": 1,
            "stored": "2024-01-01T00:00:00Z", "config": format!("sha256:{id}"),
        });
        value["layers"] = serde_json::json!([]);
        serde_json::from_value(value).expect("an image record")
    }

    #[test]
    fn filters_parse_and_unknown_ones_list_the_valid() {
        assert_eq!(
            parse_filter("dangling=true").unwrap(),
            Filter::Dangling(true)
        );
        assert_eq!(
            parse_filter("label=a=b").unwrap(),
            Filter::Label("a".into(), Some("b".into()))
        );
        assert_eq!(
            parse_filter("label=a").unwrap(),
            Filter::Label("a".into(), None)
        );
        assert_eq!(
            parse_filter("id=sha256:ABC").unwrap(),
            Filter::Id("abc".into())
        );
        let e = format!("{:#}", parse_filter("colour=red").unwrap_err());
        assert!(e.contains("invalid filter \"colour\""), "{e}");
        let e = crate::error::Remote::capture(&parse_filter("colour=red").unwrap_err());
        assert!(
            e.hint.is_some_and(|h| h.contains("dangling, reference")),
            "a hint lists the valid filters"
        );
        assert!(parse_filter("dangling=maybe").is_err());
        assert!(parse_filter("reference").is_err());
        assert!(parse_filter("since=").is_err());
    }

    #[test]
    fn reference_globs_like_podman() {
        let name = "docker.io/library/busybox:latest";
        for yes in [
            "busybox",
            "busybox:latest",
            "busy*",
            "library/busybox",
            "docker.io/library/busybox:latest",
            "*/busybox",
            "busybox:l?test",
            "busybox:[a-l]atest",
        ] {
            assert!(reference_matches(yes, name), "{yes}");
        }
        for no in [
            "busybox:1",
            "bus",
            "*box:1",
            "alpine",
            "*/*/*/*",
            "quay.io/*",
        ] {
            assert!(!reference_matches(no, name), "{no}");
        }
        assert!(reference_matches("localhost/app*", "localhost/app:v1"));
        assert!(reference_matches("app:v1", "localhost/app:v1"));
        assert!(reference_matches("127.0.0.1:5000/*", "127.0.0.1:5000/x:1"));
        assert!(reference_matches("y", "quay.io/x/y:2"));
        assert!(reference_matches("x/y:2", "quay.io/x/y:2"));
        assert!(!reference_matches("x", "quay.io/x/y:2"));
        assert!(!reference_matches(
            "docker.io/zed",
            "docker.io/library/zed:latest"
        ));
        assert!(!glob(b"a*c", b"a/c"));
        assert!(glob(b"a\\*c", b"a*c"));
    }

    #[test]
    fn kinds_and_together_values_of_one_kind_or() {
        let named = record(&"a".repeat(64), &["localhost/app:1"]);
        let dangling = record(&"b".repeat(64), &[]);
        let plain = |f: Filter| Resolved::Plain(f);
        let none = std::collections::HashMap::new();
        let dang = [plain(Filter::Dangling(true))];
        assert!(!image_matches(&dang, &named, Some(5), &none));
        assert!(image_matches(&dang, &dangling, Some(5), &none));
        let either = [
            plain(Filter::Reference("other".into())),
            plain(Filter::Reference("app".into())),
        ];
        assert!(image_matches(&either, &named, Some(5), &none));
        let both = [
            plain(Filter::Reference("app".into())),
            plain(Filter::Id("b".into())),
        ];
        assert!(!image_matches(&both, &named, Some(5), &none));
        let before = [Resolved::Before(Some(10), "c".repeat(64))];
        assert!(image_matches(&before, &named, Some(5), &none));
        assert!(!image_matches(&before, &named, Some(15), &none));
        let since = [Resolved::Since(Some(10), "c".repeat(64))];
        assert!(image_matches(&since, &named, Some(15), &none));
        assert!(!image_matches(&since, &named, None, &none));
        let labels: std::collections::HashMap<String, String> = [
            ("a".to_string(), "1".to_string()),
            ("b".to_string(), "2".to_string()),
        ]
        .into();
        let all = [
            plain(Filter::Label("a".into(), Some("1".into()))),
            plain(Filter::Label("b".into(), None)),
        ];
        assert!(image_matches(&all, &named, None, &labels));
        let wrong = [
            plain(Filter::Label("a".into(), Some("1".into()))),
            plain(Filter::Label("c".into(), None)),
        ];
        assert!(!image_matches(&wrong, &named, None, &labels));
    }
}
