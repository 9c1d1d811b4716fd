//! `den network`: create, ls, inspect, exists, rm, prune (here), connect, disconnect and
//! reload (`attach`). Output, exit codes and error phrases follow podman 4.3.

mod attach;

use std::io::Write;

use anyhow::{Result, bail};
use serde_json::{Value, json};

use crate::cli::{
    NetworkCommand, NetworkCreateArgs, NetworkInspectArgs, NetworkLsArgs, NetworkPruneArgs,
    NetworkRmArgs,
};
use crate::config::Ctx;
use crate::error::{ExitCodeExt, hinted};
use crate::network::subnet::{self, Subnet};
use crate::output::template::Template;
use crate::output::{format_table, say};
use crate::store::Store;
use crate::store::networks::{self, NetworkRecord};

pub fn run(ctx: &Ctx, command: NetworkCommand) -> Result<i32> {
    match command {
        NetworkCommand::Create(a) => create(ctx, &a),
        NetworkCommand::Ls(a) => ls(ctx, &a),
        NetworkCommand::Inspect(a) => inspect(ctx, &a),
        NetworkCommand::Rm(a) => rm(ctx, &a),
        NetworkCommand::Prune(a) => prune(ctx, &a),
        NetworkCommand::Exists(a) => {
            let store = Store::open(&ctx.paths)?;
            Ok(i32::from(networks::resolve(&store, &a.network).is_err()))
        }
        NetworkCommand::Connect(a) => attach::connect(ctx, &a),
        NetworkCommand::Disconnect(a) => attach::disconnect(ctx, &a),
        NetworkCommand::Reload(a) => attach::reload(ctx, &a),
    }
}

fn random_id() -> Result<String> {
    use std::io::Read;
    let mut bytes = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .map_err(|e| anyhow::anyhow!("reading /dev/urandom: {e}"))?;
    Ok(hex::encode(bytes))
}

/// The record `network create` makes: its subnet (asked for or the first free one), gateway
/// and bridge name (podmanN, the first free N).
fn record_from_args(
    name: Option<&str>,
    args: &NetworkCreateArgs,
    existing: &[NetworkRecord],
    host_routes: &[Subnet],
) -> Result<NetworkRecord> {
    if args.driver != "bridge" {
        return Err(hinted(
            format!("unsupported driver {}: invalid argument", args.driver),
            "den's networks use the bridge driver: leave out --driver",
        ));
    }
    if args.ipv6 {
        return Err(hinted(
            "IPv6 networks are not supported by den",
            "leave out --ipv6: den's networks are IPv4",
        ));
    }
    if !args.ip_range.is_empty() {
        return Err(hinted(
            "--ip-range is not supported by den",
            "give the network a --subnet of the size wanted instead",
        ));
    }
    if args
        .ipam_driver
        .as_deref()
        .is_some_and(|d| d != "host-local")
    {
        return Err(hinted(
            format!(
                "unsupported ipam driver {}",
                args.ipam_driver.as_deref().unwrap_or_default()
            ),
            "den's networks use host-local address management: leave out --ipam-driver",
        ));
    }
    if args.subnet.len() > 1 || args.gateway.len() > 1 {
        bail!("den's networks have one subnet and one gateway");
    }
    let taken: Vec<Subnet> = existing.iter().map(|n| n.subnet).collect();
    let subnet = if let Some(text) = args.subnet.first() {
        let s: Subnet = text.parse()?;
        if taken.iter().chain(host_routes).any(|t| t.overlaps(&s)) {
            bail!("subnet {s} is already used on the host or by another config");
        }
        s
    } else {
        let all: Vec<Subnet> = taken.iter().chain(host_routes).copied().collect();
        subnet::free_subnet(&all)
            .ok_or_else(|| anyhow::anyhow!("could not find free subnet from subnet pools"))?
    };
    let gateway = match args.gateway.first() {
        Some(text) => {
            let ip: std::net::Ipv4Addr = text
                .parse()
                .map_err(|_| anyhow::anyhow!("{text} is not an IPv4 address"))?;
            if !subnet.is_host_address(ip) {
                bail!("gateway {ip} not in subnet {subnet}");
            }
            ip
        }
        None => subnet.nth(1),
    };
    let interface = (1..=u32::MAX)
        .map(|n| format!("podman{n}"))
        .find(|i| !existing.iter().any(|n| &n.interface == i))
        .expect("a free bridge name");
    let name = match name {
        Some(n) => n.to_string(),
        None => (1..=u32::MAX)
            .map(|n| format!("podman{n}"))
            .find(|c| !existing.iter().any(|n| &n.name == c))
            .expect("a free name"),
    };
    networks::validate_name(&name)?;
    Ok(NetworkRecord {
        name,
        id: random_id()?,
        interface,
        created: crate::store::volumes::now_with_nanos(),
        subnet,
        gateway,
        internal: args.internal,
        dns_enabled: !args.disable_dns,
        labels: key_values(&args.label),
        options: key_values(&args.opt),
    })
}

fn key_values(list: &[String]) -> std::collections::BTreeMap<String, String> {
    list.iter()
        .map(|l| match l.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (l.clone(), String::new()),
        })
        .collect()
}

fn create(ctx: &Ctx, args: &NetworkCreateArgs) -> Result<i32> {
    if let Some(n) = &args.name {
        networks::validate_name(n)?;
    }
    let store = Store::open(&ctx.paths)?;
    let lock = store.lock()?;
    let existing = networks::list(&store);
    if let Some(name) = &args.name
        && existing.iter().any(|n| &n.name == name)
    {
        return Err(hinted(
            format!("network name {name} already used: network already exists"),
            "choose another name, or remove that network first",
        ));
    }
    let routes =
        subnet::host_routes(&std::fs::read_to_string("/proc/net/route").unwrap_or_default());
    let record = record_from_args(args.name.as_deref(), args, &existing, &routes)?;
    networks::write(&store, &lock, &record)?;
    say!("{}", record.name);
    Ok(0)
}

/// One `--filter KEY=VALUE` of `network ls` and `network prune`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Filter {
    Name(String),
    Id(String),
    Driver(String),
    Label {
        key: String,
        value: Option<String>,
        negate: bool,
    },
    Dangling(bool),
}

fn parse_filters(list: &[String]) -> Result<Vec<Filter>> {
    list.iter()
        .map(|f| {
            let invalid = || {
                hinted(
                    format!("invalid filter \"{}\"", f.split('=').next().unwrap_or(f)),
                    "filters: name=, id=, driver=, label=KEY[=VALUE], label!=KEY, dangling=true|false",
                )
            };
            let (key, value) = f.split_once('=').ok_or_else(invalid)?;
            let (key, negate) = match key.strip_suffix('!') {
                Some(k) => (k, true),
                None => (key, false),
            };
            Ok(match (key, negate) {
                ("name", false) => Filter::Name(value.into()),
                ("id", false) => Filter::Id(value.into()),
                ("driver", false) => Filter::Driver(value.into()),
                ("label", _) => {
                    let (k, v) = match value.split_once('=') {
                        Some((k, v)) => (k.to_string(), Some(v.to_string())),
                        None => (value.to_string(), None),
                    };
                    Filter::Label {
                        key: k,
                        value: v,
                        negate,
                    }
                }
                ("dangling", false) => match value {
                    "true" | "1" => Filter::Dangling(true),
                    "false" | "0" => Filter::Dangling(false),
                    _ => bail!("invalid dangling filter value \"{value}\""),
                },
                _ => return Err(invalid()),
            })
        })
        .collect()
}

fn matches(n: &NetworkRecord, users: usize, filters: &[Filter]) -> bool {
    filters.iter().all(|f| match f {
        Filter::Name(v) => n.name.contains(v.as_str()),
        Filter::Id(v) => n.id.starts_with(v.as_str()),
        Filter::Driver(v) => v == "bridge",
        Filter::Label { key, value, negate } => {
            let has = n
                .labels
                .get(key)
                .is_some_and(|v| value.as_ref().is_none_or(|want| v == want));
            has != *negate
        }
        Filter::Dangling(d) => (users == 0) == *d,
    })
}

/// How podman's Go template shows a network's subnets (`{{.Subnets}}`).
fn go_subnets(n: &NetworkRecord) -> String {
    let mask = u32::MAX
        .checked_shl(32 - u32::from(n.subnet.prefix()))
        .unwrap_or(0);
    let base = n.subnet.to_string();
    let base = base.split('/').next().unwrap_or_default().to_string();
    format!("[{{{{{{{base} {mask:08x}}}}} {} <nil>}}]", n.gateway)
}

/// The object `network ls --format` renders: podman's fields.
fn ls_value(n: &NetworkRecord, no_trunc: bool) -> Value {
    let labels: Vec<String> = n.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
    json!({
        "ID": if no_trunc { n.id.clone() } else { n.short_id().to_string() },
        "Name": n.name,
        "Driver": "bridge",
        "NetworkInterface": n.interface,
        "Created": n.created,
        "Labels": labels.join(","),
        "Internal": n.internal,
        "DNSEnabled": n.dns_enabled,
        "IPv6Enabled": false,
        "Subnets": go_subnets(n),
        "Options": n.options,
    })
}

fn ls_headers() -> Value {
    json!({
        "ID": "NETWORK ID", "Name": "NAME", "Driver": "DRIVER", "NetworkInterface": "NETWORK INTERFACE",
        "Created": "CREATED", "Labels": "LABELS", "Internal": "INTERNAL", "DNSEnabled": "DNS ENABLED",
        "IPv6Enabled": "IPV6 ENABLED", "Subnets": "SUBNETS", "Options": "OPTIONS",
    })
}

fn listed(store: &Store, filters: &[Filter]) -> Vec<NetworkRecord> {
    let users = networks::users(store);
    networks::list(store)
        .into_iter()
        .filter(|n| matches(n, users.get(&n.id).map_or(0, Vec::len), filters))
        .collect()
}

fn ls(ctx: &Ctx, args: &NetworkLsArgs) -> Result<i32> {
    let filters = parse_filters(&args.filter)?;
    let store = Store::open(&ctx.paths)?;
    let list = listed(&store, &filters);
    let mut out = crate::output::stdout();
    if args.quiet {
        for n in &list {
            writeln!(out, "{}", n.name)?;
        }
        return Ok(0);
    }
    match args.format.as_deref() {
        Some("json") => {
            let values: Vec<Value> = list.iter().map(NetworkRecord::inspect_json).collect();
            crate::output::print_json(&values)?;
        }
        Some(format) => {
            let (table, body) = match format.strip_prefix("table") {
                Some(rest) => (true, rest.trim_start()),
                None => (false, format),
            };
            let body = if body.is_empty() {
                "{{.ID}} {{.Name}} {{.Driver}}"
            } else {
                body
            };
            if !table {
                let template = Template::parse(body)?;
                for n in &list {
                    writeln!(out, "{}", template.render(&ls_value(n, args.no_trunc))?)?;
                }
                return Ok(0);
            }
            let template = Template::parse(&body.replace("}} {{", "}}\t{{"))?;
            let cells = |t: String| -> Vec<String> { t.split('\t').map(String::from).collect() };
            let mut rows: Vec<Vec<String>> = Vec::new();
            if !args.no_heading {
                rows.push(cells(template.render(&ls_headers())?));
            }
            for n in &list {
                rows.push(cells(template.render(&ls_value(n, args.no_trunc))?));
            }
            let width = rows.iter().map(Vec::len).max().unwrap_or(0);
            for row in &mut rows {
                row.resize(width, String::new());
            }
            write!(out, "{}", format_table(&rows))?;
        }
        None => {
            let mut rows = Vec::new();
            if !args.no_heading {
                rows.push(["NETWORK ID", "NAME", "DRIVER"].map(String::from));
            }
            for n in &list {
                let id = if args.no_trunc { &n.id } else { n.short_id() };
                rows.push([id.to_string(), n.name.clone(), "bridge".to_string()]);
            }
            write!(out, "{}", format_table(&rows))?;
        }
    }
    Ok(0)
}

fn inspect(ctx: &Ctx, args: &NetworkInspectArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut values = Vec::new();
    let mut missing = None;
    for name in &args.networks {
        match networks::resolve(&store, name) {
            Ok(n) => values.push(n.inspect_json()),
            Err(_) if missing.is_none() => missing = Some(name.clone()),
            Err(_) => {}
        }
    }
    match args.format.as_deref() {
        None | Some("json") => crate::output::print_json(&values)?,
        Some(format) => {
            let template = Template::parse(format)?;
            let mut out = crate::output::stdout();
            for v in &values {
                // podman's template fields are the Go struct's: Name, ID, Subnets, ...
                writeln!(out, "{}", template.render(&go_fields(v))?)?;
            }
        }
    }
    if let Some(name) = missing {
        return Err(hinted(
            format!(
                "inspecting object: network {name}: unable to find network with name or ID {name}: {}",
                networks::NOT_FOUND
            ),
            "list networks with `den network ls`",
        ));
    }
    Ok(0)
}

/// `network inspect -f`'s object: the JSON fields under the Go struct's names as well.
fn go_fields(v: &Value) -> Value {
    let mut out = v.clone();
    let names = [
        ("name", "Name"),
        ("id", "ID"),
        ("driver", "Driver"),
        ("network_interface", "NetworkInterface"),
        ("created", "Created"),
        ("ipv6_enabled", "IPv6Enabled"),
        ("internal", "Internal"),
        ("dns_enabled", "DNSEnabled"),
        ("labels", "Labels"),
        ("options", "Options"),
    ];
    for (json_name, go_name) in names {
        if let Some(x) = v.get(json_name) {
            out[go_name] = x.clone();
        }
    }
    if let Some(s) = v["subnets"][0].as_object() {
        let subnet: Option<Subnet> = s["subnet"].as_str().and_then(|t| t.parse().ok());
        let gateway = s["gateway"].as_str().and_then(|t| t.parse().ok());
        if let (Some(subnet), Some(gateway)) = (subnet, gateway) {
            let mut n = NetworkRecord::default_network();
            n.subnet = subnet;
            n.gateway = gateway;
            out["Subnets"] = json!(go_subnets(&n));
        }
    }
    out
}

fn rm(ctx: &Ctx, args: &NetworkRmArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let mut code = 0;
    for name in &args.networks {
        match rm_one(&store, name, args) {
            Ok(n) => say!("{n}"),
            Err(e) => {
                let c = crate::error::report(&e);
                code = code.max(c);
            }
        }
    }
    Ok(code)
}

fn rm_one(store: &Store, name: &str, args: &NetworkRmArgs) -> Result<String> {
    let record = networks::resolve(store, name).exit_code(1)?;
    if record.name == networks::DEFAULT_NAME {
        bail!(
            "default network {} cannot be removed",
            networks::DEFAULT_NAME
        );
    }
    let users = networks::users(store)
        .remove(&record.id)
        .unwrap_or_default();
    if !users.is_empty() {
        if !args.force {
            return Err(hinted(
                format!(
                    "\"{}\" has associated containers with it. Use -f to forcibly delete containers and pods: network is being used",
                    record.name
                ),
                "remove its containers first, or pass -f",
            ))
            .exit_code(2);
        }
        let timeout = args
            .time
            .map(|t| std::time::Duration::from_secs(u64::from(t)));
        for u in users {
            crate::commands::container::stop::stop_one(store, &u.id, timeout)?;
            crate::commands::container::rm::remove_one(store, &u.id, true)?;
        }
    }
    let lock = store.lock()?;
    networks::remove(store, &lock, &record.name)?;
    Ok(record.name)
}

fn prune(ctx: &Ctx, args: &NetworkPruneArgs) -> Result<i32> {
    let filters = parse_filters(&args.filter)?;
    if !args.force
        && !crate::commands::volume::confirm(
            "WARNING! This will remove all networks not used by at least one container.\nAre you sure you want to continue?",
            "-f",
        )?
    {
        return Ok(0);
    }
    let store = Store::open(&ctx.paths)?;
    let lock = store.lock()?;
    let users = networks::users(&store);
    for n in networks::list(&store) {
        let used = users.get(&n.id).is_some_and(|u| !u.is_empty());
        if n.name == networks::DEFAULT_NAME || used || !matches(&n, 0, &filters) {
            continue;
        }
        networks::remove(&store, &lock, &n.name)?;
        say!("{}", n.name);
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args() -> NetworkCreateArgs {
        NetworkCreateArgs {
            driver: "bridge".into(),
            subnet: vec![],
            gateway: vec![],
            internal: false,
            disable_dns: false,
            ipv6: false,
            label: vec!["a=b".into()],
            opt: vec![],
            ip_range: vec![],
            ipam_driver: None,
            name: None,
        }
    }

    #[test]
    fn new_networks_take_free_subnets_names_and_bridges() {
        let first = record_from_args(Some("one"), &args(), &[], &[]).unwrap();
        assert_eq!(first.subnet.to_string(), "10.89.0.0/24");
        assert_eq!(first.gateway.to_string(), "10.89.0.1");
        assert_eq!(first.interface, "podman1");
        let second = record_from_args(None, &args(), std::slice::from_ref(&first), &[]).unwrap();
        assert_eq!(second.name, "podman1");
        assert_eq!(second.interface, "podman2");
        assert_eq!(second.subnet.to_string(), "10.89.1.0/24");
        let mut clash = args();
        clash.subnet = vec!["10.89.0.0/16".into()];
        let err = record_from_args(Some("x"), &clash, &[first], &[]).unwrap_err();
        assert!(err.to_string().contains("already used"), "{err}");
        let mut gw = args();
        gw.subnet = vec!["10.99.0.0/24".into()];
        gw.gateway = vec!["10.98.0.1".into()];
        let err = record_from_args(Some("x"), &gw, &[], &[]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "gateway 10.98.0.1 not in subnet 10.99.0.0/24"
        );
        assert!(record_from_args(Some("bad name"), &args(), &[], &[]).is_err());
    }

    #[test]
    fn subnets_as_go_prints_them() {
        let n = record_from_args(Some("one"), &args(), &[], &[]).unwrap();
        assert_eq!(go_subnets(&n), "[{{{10.89.0.0 ffffff00}} 10.89.0.1 <nil>}]");
    }

    #[test]
    fn filters_of_ls() {
        let n = record_from_args(Some("web"), &args(), &[], &[]).unwrap();
        let f = parse_filters(&["label=a=b".into(), "name=we".into()]).unwrap();
        assert!(matches(&n, 0, &f));
        let f = parse_filters(&["label!=a".into()]).unwrap();
        assert!(!matches(&n, 0, &f));
        assert!(parse_filters(&["bogus=1".into()]).is_err());
    }
}
