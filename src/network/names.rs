//! The container's /etc/hosts and /etc/resolv.conf, as podman 4.3 writes them: `--add-host`
//! entries, the host's /etc/hosts, `host.containers.internal`, then the container's address
//! with its hostname and name; name servers that work from the container's network, or
//! `--dns`, with `--dns-search` and `--dns-option`. Pure: the host's files and addresses come
//! in `NameFacts`.

use std::fmt::Write as _;
use std::net::IpAddr;

use anyhow::Result;

use super::Network;
use crate::error::hinted;

/// Where slirp4netns puts the container (podman's default `cidr` 10.0.2.0/24).
pub const SLIRP_ADDRESS: &str = "10.0.2.100";
/// slirp4netns's gateway, which is the host's loopback with `allow_host_loopback`.
pub const SLIRP_GATEWAY: &str = "10.0.2.2";
/// slirp4netns's built-in DNS forwarder.
pub const SLIRP_DNS: &str = "10.0.2.3";
/// The address pasta's DNS forwarder answers on (`--dns-forward`), when the host's name
/// servers are all on its loopback (a local resolver such as systemd-resolved's 127.0.0.53).
pub const PASTA_DNS: &str = "169.254.1.1";

/// What the generated files need from the host.
#[derive(Debug, Clone, Default)]
pub struct NameFacts {
    /// The host's /etc/hosts.
    pub hosts: String,
    /// The host's /etc/resolv.conf.
    pub resolv: String,
    /// The host's address on its default route (pasta gives the container the same one).
    pub host_ip: Option<String>,
    /// The host's default gateway.
    pub gateway: Option<String>,
}

/// The name settings of a request.
#[derive(Debug, Clone, Default)]
pub struct NameRequest<'a> {
    pub hostname: &'a str,
    pub name: &'a str,
    /// `HOST:IP` entries.
    pub add_hosts: &'a [String],
    pub no_hosts: bool,
    pub dns: &'a [String],
    pub dns_search: &'a [String],
    pub dns_options: &'a [String],
}

/// The address `host.containers.internal` names, on a network that has one.
#[must_use]
pub fn host_internal_address(network: &Network, facts: &NameFacts) -> Option<String> {
    match network {
        Network::Slirp4netns(o) if o.allow_host_loopback => Some(SLIRP_GATEWAY.to_string()),
        Network::Slirp4netns(_) => facts.host_ip.clone(),
        // pasta gives the container the host's own address, so the host is reached at the
        // gateway address, which pasta maps to the host only with --map-gw (its loopback too).
        Network::Pasta(_) => facts.gateway.clone(),
        Network::Bridge(_) => host_internal_address(&network.outbound(), facts),
        Network::Host | Network::None => None,
    }
}

/// The container's own address in /etc/hosts.
fn container_address(network: &Network, facts: &NameFacts) -> String {
    match network {
        Network::Slirp4netns(_) => SLIRP_ADDRESS.to_string(),
        Network::Pasta(_) => facts
            .host_ip
            .clone()
            .unwrap_or_else(|| "127.0.1.1".to_string()),
        Network::Bridge(b) => b
            .attachments
            .first()
            .map_or_else(|| "127.0.1.1".to_string(), |a| a.ip.to_string()),
        Network::Host | Network::None => "127.0.1.1".to_string(),
    }
}

/// Checks `--add-host HOST:IP` entries (`host-gateway` is the host's address).
pub fn parse_add_host(spec: &str, host_gateway: Option<&str>) -> Result<(String, String)> {
    let Some((host, ip)) = spec.split_once(':') else {
        return Err(hinted(
            format!("invalid add-host \"{spec}\": expected HOST:IP"),
            "for example --add-host db:10.0.0.5",
        ));
    };
    if host.is_empty() {
        anyhow::bail!("invalid add-host \"{spec}\": the host name is empty");
    }
    if ip == "host-gateway" {
        let Some(gw) = host_gateway else {
            anyhow::bail!("--add-host \"{spec}\": this network has no host gateway address");
        };
        return Ok((host.to_string(), gw.to_string()));
    }
    let ip = ip.trim_start_matches('[').trim_end_matches(']');
    let addr: IpAddr = ip
        .parse()
        .map_err(|_| anyhow::anyhow!("invalid IP address in add-host: \"{ip}\""))?;
    Ok((host.to_string(), addr.to_string()))
}

/// The content of the container's /etc/hosts; `None` with `--no-hosts` (the image's own file
/// stays, as podman).
pub fn hosts_file(
    network: &Network,
    request: &NameRequest<'_>,
    facts: &NameFacts,
) -> Result<Option<String>> {
    let internal = host_internal_address(network, facts);
    let mut out = String::new();
    for spec in request.add_hosts {
        let (host, ip) = parse_add_host(spec, internal.as_deref())?;
        let _ = writeln!(out, "{ip}\t{host}");
    }
    if request.no_hosts {
        return Ok(None);
    }
    if facts.hosts.trim().is_empty() {
        out.push_str("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n");
    } else {
        out.push_str(&facts.hosts);
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    if let Some(ip) = internal {
        let _ = writeln!(out, "{ip}\thost.containers.internal");
    }
    let ip = container_address(network, facts);
    if request.hostname == request.name {
        let _ = writeln!(out, "{ip}\t{}", request.hostname);
    } else {
        let _ = writeln!(out, "{ip}\t{} {}", request.hostname, request.name);
    }
    Ok(Some(out))
}

fn is_loopback(server: &str) -> bool {
    server.parse::<IpAddr>().is_ok_and(|a| a.is_loopback())
}

/// The host's resolv.conf, read: name servers, search domains, options.
fn read_resolv(text: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let (mut servers, mut search, mut options) = (Vec::new(), Vec::new(), Vec::new());
    for line in text.lines() {
        let mut words = line.split_whitespace();
        match words.next() {
            Some("nameserver") => servers.extend(words.next().map(String::from)),
            Some("search" | "domain") => search = words.map(String::from).collect(),
            Some("options") => options.extend(words.map(String::from)),
            _ => {}
        }
    }
    (servers, search, options)
}

/// The name servers a network reaches on its own: slirp4netns's forwarder first, then the
/// host's servers that are not on its loopback; pasta's forwarder when none is left.
fn network_servers(network: &Network, host_servers: &[String]) -> Vec<String> {
    let remote: Vec<String> = host_servers
        .iter()
        .filter(|s| !is_loopback(s))
        .cloned()
        .collect();
    match network {
        Network::Slirp4netns(_) => std::iter::once(SLIRP_DNS.to_string())
            .chain(remote)
            .collect(),
        Network::Pasta(_) if remote.is_empty() => vec![PASTA_DNS.to_string()],
        Network::Pasta(_) => remote,
        Network::Host => host_servers.to_vec(),
        Network::None => Vec::new(),
        // The networks' own DNS servers first (they forward what is not theirs), then what
        // the way out reaches.
        Network::Bridge(b) => b
            .attachments
            .iter()
            .filter(|a| a.dns)
            .map(|a| a.gateway.to_string())
            .chain(network_servers(&network.outbound(), host_servers))
            .collect(),
    }
}

/// Whether the container is on a network whose DNS answers its containers' names.
fn has_network_dns(network: &Network) -> bool {
    network.attachments().iter().any(|a| a.dns)
}

/// Whether pasta must run its DNS forwarder for this resolv.conf.
#[must_use]
pub fn needs_pasta_dns(resolv: &str) -> bool {
    read_resolv(resolv).0.iter().any(|s| s == PASTA_DNS)
}

/// The content of the container's /etc/resolv.conf. `--network host` without DNS flags gets
/// the host's file unchanged; `--network none` only what the flags say.
pub fn resolv_conf(network: &Network, request: &NameRequest<'_>, host_resolv: &str) -> String {
    let flags_given = !(request.dns.is_empty()
        && request.dns_search.is_empty()
        && request.dns_options.is_empty());
    if *network == Network::Host && !flags_given {
        return host_resolv.to_string();
    }
    let (host_servers, host_search, host_options) = read_resolv(host_resolv);
    let servers = if request.dns.is_empty() {
        network_servers(network, &host_servers)
    } else {
        request.dns.to_vec()
    };
    let none = *network == Network::None;
    let search: Vec<String> = if !request.dns_search.is_empty() {
        request
            .dns_search
            .iter()
            .filter(|s| *s != ".")
            .cloned()
            .collect()
    } else if none {
        Vec::new()
    } else if has_network_dns(network) {
        std::iter::once(super::dns::DOMAIN.to_string())
            .chain(host_search)
            .collect()
    } else {
        host_search
    };
    let options = if !request.dns_options.is_empty() {
        request.dns_options.to_vec()
    } else if none {
        Vec::new()
    } else {
        host_options
    };
    let mut out = String::new();
    if !search.is_empty() {
        let _ = writeln!(out, "search {}", search.join(" "));
    }
    for s in servers {
        let _ = writeln!(out, "nameserver {s}");
    }
    if !options.is_empty() {
        let _ = writeln!(out, "options {}", options.join(" "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::SlirpOptions;

    fn facts() -> NameFacts {
        NameFacts {
            hosts: "127.0.0.1\tlocalhost\n".into(),
            resolv: String::new(),
            host_ip: Some("192.0.2.2".into()),
            gateway: Some("192.0.2.1".into()),
        }
    }

    #[test]
    fn hosts_as_podman_with_slirp4netns() {
        let add = vec!["foo:1.2.3.4".to_string()];
        let req = NameRequest {
            hostname: "hh",
            name: "web",
            add_hosts: &add,
            ..NameRequest::default()
        };
        let net = Network::Slirp4netns(SlirpOptions::default());
        let text = hosts_file(&net, &req, &facts()).unwrap().unwrap();
        assert_eq!(
            text,
            "1.2.3.4\tfoo\n127.0.0.1\tlocalhost\n192.0.2.2\thost.containers.internal\n10.0.2.100\thh web\n"
        );
        let none = NameRequest {
            no_hosts: true,
            ..req.clone()
        };
        assert_eq!(hosts_file(&net, &none, &facts()).unwrap(), None);
        let bad = vec!["foo:1.2.3".to_string()];
        let req = NameRequest {
            add_hosts: &bad,
            ..req
        };
        assert!(hosts_file(&net, &req, &facts()).is_err());
    }

    #[test]
    fn resolv_servers_reach_from_the_network() {
        let host = "search lan\nnameserver 127.0.0.53\noptions edns0\n";
        let req = NameRequest::default();
        let pasta = Network::Pasta(vec![]);
        let text = resolv_conf(&pasta, &req, host);
        assert_eq!(text, "search lan\nnameserver 169.254.1.1\noptions edns0\n");
        assert!(needs_pasta_dns(&text));
        let slirp = Network::Slirp4netns(SlirpOptions::default());
        assert_eq!(
            resolv_conf(&slirp, &req, "nameserver 10.1.1.1\n"),
            "nameserver 10.0.2.3\nnameserver 10.1.1.1\n"
        );
        assert_eq!(resolv_conf(&Network::Host, &req, host), host);
        assert_eq!(resolv_conf(&Network::None, &req, host), "");
        let dns = vec!["9.9.9.9".to_string()];
        let search = vec!["example.com".to_string()];
        let opts = vec!["ndots:2".to_string()];
        let req = NameRequest {
            dns: &dns,
            dns_search: &search,
            dns_options: &opts,
            ..NameRequest::default()
        };
        assert_eq!(
            resolv_conf(&slirp, &req, host),
            "search example.com\nnameserver 9.9.9.9\noptions ndots:2\n"
        );
    }
}
