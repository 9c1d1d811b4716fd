//! `den events --filter KEY=VALUE`, as podman: values of the same key are ORed, different
//! keys ANDed. Keys: container (name or id prefix), event and status (the status), image
//! (a container's image, or an image event's id prefix or name), label (KEY or KEY=VALUE of
//! the attributes), type (container, image, ...), volume (a volume event's name).

use std::collections::BTreeMap;

use anyhow::Result;

use super::Event;
use crate::error::hinted;

const KEYS: &[&str] = &[
    "container",
    "event",
    "status",
    "image",
    "label",
    "type",
    "volume",
];

/// Parsed filters: key -> the values given for it.
#[derive(Debug, Default)]
pub struct Filters(BTreeMap<String, Vec<String>>);

impl Filters {
    /// Parses each `KEY=VALUE`; an unknown key or a missing `=` is an error.
    pub fn parse(specs: &[String]) -> Result<Filters> {
        let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for spec in specs {
            let Some((key, value)) = spec.split_once('=') else {
                return Err(hinted(
                    format!("invalid filter \"{spec}\": filters are KEY=VALUE"),
                    "for example --filter type=container --filter event=start",
                ));
            };
            let key = key.to_ascii_lowercase();
            if !KEYS.contains(&key.as_str()) {
                return Err(hinted(
                    format!("{key} is an invalid filter"),
                    format!("den events filters on: {}", KEYS.join(", ")),
                ));
            }
            // "event" and "status" are the same key, so their values are ORed.
            let key = if key == "status" { "event".into() } else { key };
            map.entry(key).or_default().push(value.to_string());
        }
        Ok(Filters(map))
    }

    /// Whether `event` passes every key.
    pub fn matches(&self, event: &Event) -> bool {
        self.0
            .iter()
            .all(|(key, values)| values.iter().any(|v| matches_one(key, v, event)))
    }
}

fn matches_one(key: &str, value: &str, e: &Event) -> bool {
    match key {
        "container" => e.kind == "container" && (e.name == value || e.id.starts_with(value)),
        "event" => e.status == value || (value == "die" && e.status == "died"),
        "image" => {
            e.image == value
                || (e.kind == "image"
                    && (e.name == value || (!e.id.is_empty() && e.id.starts_with(value))))
        }
        "label" => {
            let attrs = e.attributes.as_ref();
            match value.split_once('=') {
                Some((k, v)) => attrs.and_then(|a| a.get(k)).is_some_and(|x| x == v),
                None => attrs.is_some_and(|a| a.contains_key(value)),
            }
        }
        "type" => e.kind == value,
        "volume" => e.kind == "volume" && (e.name == value || e.id.starts_with(value)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(kind: &str, status: &str, id: &str, name: &str, image: &str) -> Event {
        Event {
            id: id.into(),
            name: name.into(),
            image: image.into(),
            status: status.into(),
            kind: kind.into(),
            time: "2025-01-01T00:00:00Z".into(),
            attributes: Some(BTreeMap::from([("a".into(), "b".into())])),
            ..Event::default()
        }
    }

    fn f(specs: &[&str]) -> Filters {
        Filters::parse(&specs.iter().map(ToString::to_string).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn same_key_ors_different_keys_and() {
        let start = ev("container", "start", "abcdef", "c1", "busybox");
        let stop = ev("container", "stop", "abcdef", "c1", "busybox");
        let other = ev("container", "start", "123456", "c2", "busybox");
        let both = f(&["event=start", "status=stop"]);
        assert!(both.matches(&start) && both.matches(&stop));
        let and = f(&["event=start", "container=c1"]);
        assert!(and.matches(&start) && !and.matches(&stop) && !and.matches(&other));
        assert!(f(&["container=abc"]).matches(&start));
        assert!(!f(&["container=bcd"]).matches(&start));
    }

    #[test]
    fn image_label_and_type() {
        let tag = ev("image", "tag", "c66933", "localhost/x:1", "");
        let start = ev("container", "start", "abcdef", "c1", "busybox");
        assert!(f(&["image=c669"]).matches(&tag));
        assert!(f(&["image=localhost/x:1"]).matches(&tag));
        assert!(f(&["image=busybox"]).matches(&start));
        assert!(!f(&["image=busybox"]).matches(&tag));
        assert!(f(&["type=image"]).matches(&tag) && !f(&["type=image"]).matches(&start));
        assert!(f(&["label=a"]).matches(&start) && f(&["label=a=b"]).matches(&start));
        assert!(!f(&["label=a=c"]).matches(&start));
        assert!(f(&["event=die"]).matches(&ev("container", "died", "a", "b", "c")));
    }

    #[test]
    fn bad_filters_are_errors() {
        assert!(Filters::parse(&["nonsense".into()]).is_err());
        assert!(Filters::parse(&["color=red".into()]).is_err());
    }
}
