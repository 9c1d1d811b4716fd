//! A container's network: the mode (`--network`), the ports it publishes (`ports`), the
//! /etc/hosts and /etc/resolv.conf it gets (`names`), and the user-mode helper that connects
//! a private network namespace to the host (`helper`: pasta, or slirp4netns). The parsing and
//! the generated files are pure and planned with the rest of the `RunPlan`; only `helper`
//! starts processes, from `runtime::spawn`, for the container's lifetime.

pub mod bridge;
pub mod dns;
pub mod helper;
pub mod holder;
pub mod names;
pub mod netlink;
pub mod ports;
pub mod subnet;

use std::path::PathBuf;

use anyhow::Result;
use serde::{Deserialize, Serialize};

use crate::error::hinted;

/// A container's network mode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Network {
    /// Share the host's network namespace.
    Host,
    /// A new network namespace with only loopback.
    None,
    /// A new network namespace connected by pasta; the user's extra pasta options.
    Pasta(Vec<String>),
    /// A new network namespace connected by slirp4netns.
    Slirp4netns(SlirpOptions),
    /// A new network namespace with an interface on each user-defined network (a veth to
    /// the network's bridge, `bridge`), and the helper that takes it out, unless every
    /// network is internal.
    Bridge(bridge::Bridge),
}

impl Network {
    /// Whether the container gets a network namespace of its own.
    #[must_use]
    pub fn is_private(&self) -> bool {
        !matches!(self, Network::Host)
    }

    /// podman's name of the mode (`HostConfig.NetworkMode`).
    #[must_use]
    pub fn name(&self) -> &'static str {
        match self {
            Network::Host => "host",
            Network::None => "none",
            Network::Pasta(_) => "pasta",
            Network::Slirp4netns(_) => "slirp4netns",
            Network::Bridge(_) => "bridge",
        }
    }

    /// The user-defined networks the container is on.
    #[must_use]
    pub fn attachments(&self) -> &[bridge::Attachment] {
        match self {
            Network::Bridge(b) => &b.attachments,
            _ => &[],
        }
    }

    /// The names of the user-defined networks the container is on.
    #[must_use]
    pub fn network_names(&self) -> Vec<String> {
        self.attachments()
            .iter()
            .map(|a| a.network.clone())
            .collect()
    }

    /// The network the helper connects: the mode itself, or a bridge member's way out (its
    /// tap named `tap0`, so that `eth0` is the first network's, as in podman).
    #[must_use]
    pub fn outbound(&self) -> Network {
        match self {
            Network::Bridge(b) => match b.outbound {
                Some(HelperKind::Pasta) => {
                    Network::Pasta(vec!["--ns-ifname".into(), "tap0".into()])
                }
                Some(HelperKind::Slirp4netns) => Network::Slirp4netns(SlirpOptions::default()),
                None => Network::None,
            },
            other => other.clone(),
        }
    }
}

/// podman's `slirp4netns:` options (podman-run(1)).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlirpOptions {
    /// Let the container reach the host's loopback at 10.0.2.2 (off by default: isolation).
    pub allow_host_loopback: bool,
    pub enable_ipv6: bool,
    pub mtu: Option<u32>,
    /// The network slirp4netns gives the container (default 10.0.2.0/24).
    pub cidr: Option<String>,
    pub outbound_addr: Option<String>,
    pub outbound_addr6: Option<String>,
}

/// The helpers den can connect a private network with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum HelperKind {
    Pasta,
    Slirp4netns,
}

impl HelperKind {
    #[must_use]
    pub fn program(self) -> &'static str {
        match self {
            HelperKind::Pasta => "pasta",
            HelperKind::Slirp4netns => "slirp4netns",
        }
    }
}

/// The helper the default (`private`) network uses: pasta when installed, else slirp4netns,
/// with its path; `None` when neither is on PATH.
#[must_use]
pub fn choose_helper() -> Option<(HelperKind, PathBuf)> {
    [HelperKind::Pasta, HelperKind::Slirp4netns]
        .into_iter()
        .find_map(|k| crate::host::find_program(k.program()).map(|p| (k, p)))
}

/// Reads what the container's /etc/hosts and /etc/resolv.conf are made from: the host's
/// files, its address on the default route and its gateway (from /proc/net/route).
#[must_use]
pub fn host_name_facts() -> names::NameFacts {
    names::NameFacts {
        hosts: std::fs::read_to_string("/etc/hosts").unwrap_or_default(),
        resolv: std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default(),
        host_ip: host_address(),
        gateway: std::fs::read_to_string("/proc/net/route")
            .ok()
            .and_then(|t| default_gateway(&t)),
    }
}

/// The host's source address towards the outside (a UDP "connect" sends nothing).
fn host_address() -> Option<String> {
    let s = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    s.connect("198.51.100.1:9").ok()?;
    Some(s.local_addr().ok()?.ip().to_string())
}

/// The gateway of the default route in /proc/net/route (little-endian hex).
fn default_gateway(route: &str) -> Option<String> {
    route.lines().skip(1).find_map(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.get(1) != Some(&"00000000") {
            return None;
        }
        let gw = u32::from_str_radix(f.get(2)?, 16).ok()?;
        (gw != 0).then(|| std::net::Ipv4Addr::from(gw.to_le_bytes()).to_string())
    })
}

/// Whether `--network MODE` names user-defined networks rather than one of den's modes.
#[must_use]
pub fn names_user_networks(mode: &str) -> bool {
    let name = mode.split_once(':').map_or(mode, |(n, _)| n);
    !matches!(
        name,
        "host"
            | "none"
            | "private"
            | "bridge"
            | "default"
            | "pasta"
            | "slirp4netns"
            | "container"
            | "ns"
    )
}

/// Parses `--network` as podman does. `private` and `bridge` (podman's name for its default
/// network) are the private network with `default_helper`. User-defined network names are
/// planned by `bridge::plan`.
pub fn parse_network(mode: &str, default_helper: Option<HelperKind>) -> Result<Network> {
    let (name, options) = match mode.split_once(':') {
        Some((n, o)) => (n, Some(o)),
        None => (mode, None),
    };
    match (name, options) {
        ("host", None) => Ok(Network::Host),
        ("none", None) => Ok(Network::None),
        ("private" | "bridge" | "default", None) => match default_helper {
            Some(HelperKind::Pasta) => Ok(Network::Pasta(Vec::new())),
            Some(HelperKind::Slirp4netns) => Ok(Network::Slirp4netns(SlirpOptions::default())),
            None => Err(hinted(
                "a private network needs pasta or slirp4netns, and neither is installed",
                "install passt (pasta) or slirp4netns, or use --network host",
            )),
        },
        ("pasta", o) => Ok(Network::Pasta(
            o.map(|o| {
                o.split(',')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default(),
        )),
        ("slirp4netns", o) => parse_slirp_options(o.unwrap_or("")).map(Network::Slirp4netns),
        ("container" | "ns", Some(_)) => Err(hinted(
            format!("network mode \"{mode}\" is not supported yet"),
            "use --network private (the default), host, none, pasta or slirp4netns",
        )),
        ("host" | "none" | "private" | "bridge", Some(_)) => Err(hinted(
            format!("network mode \"{name}\" takes no options: \"{mode}\""),
            "options are for pasta:OPTIONS and slirp4netns:OPTIONS",
        )),
        _ => Err(crate::store::networks::not_found(name)),
    }
}

fn parse_slirp_options(text: &str) -> Result<SlirpOptions> {
    let mut o = SlirpOptions::default();
    for opt in text.split(',').filter(|s| !s.is_empty()) {
        let (key, value) = opt.split_once('=').unwrap_or((opt, ""));
        let flag = || match value {
            "true" | "" => Ok(true),
            "false" => Ok(false),
            _ => Err(anyhow::anyhow!(
                "slirp4netns option \"{key}\": \"{value}\" is not true or false"
            )),
        };
        match key {
            "allow_host_loopback" => o.allow_host_loopback = flag()?,
            "enable_ipv6" => o.enable_ipv6 = flag()?,
            "mtu" => {
                o.mtu = Some(value.parse().map_err(|_| {
                    anyhow::anyhow!("slirp4netns option mtu: \"{value}\" is not a number")
                })?);
            }
            "cidr" => o.cidr = Some(value.to_string()),
            "outbound_addr" => o.outbound_addr = Some(value.to_string()),
            "outbound_addr6" => o.outbound_addr6 = Some(value.to_string()),
            // den forwards ports through slirp4netns itself in both cases.
            "port_handler" if matches!(value, "rootlesskit" | "slirp4netns") => {}
            _ => {
                return Err(hinted(
                    format!("unknown slirp4netns option \"{opt}\""),
                    "valid: allow_host_loopback=, enable_ipv6=, mtu=, cidr=, outbound_addr=, outbound_addr6=, port_handler=",
                ));
            }
        }
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateway_from_the_route_table() {
        let t = "Iface\tDestination\tGateway\neth0\t000200C0\t00000000\neth0\t00000000\t010200C0\n";
        assert_eq!(default_gateway(t).as_deref(), Some("192.0.2.1"));
    }

    #[test]
    fn modes() {
        let pasta = Some(HelperKind::Pasta);
        assert_eq!(parse_network("host", pasta).unwrap(), Network::Host);
        assert_eq!(parse_network("none", pasta).unwrap(), Network::None);
        assert_eq!(
            parse_network("private", pasta).unwrap(),
            Network::Pasta(vec![])
        );
        assert_eq!(
            parse_network("bridge", Some(HelperKind::Slirp4netns)).unwrap(),
            Network::Slirp4netns(SlirpOptions::default())
        );
        assert!(parse_network("private", None).is_err());
        assert_eq!(
            parse_network("pasta:--map-gw,-4", None).unwrap(),
            Network::Pasta(vec!["--map-gw".into(), "-4".into()])
        );
        let Network::Slirp4netns(o) =
            parse_network("slirp4netns:allow_host_loopback=true,mtu=1500", None).unwrap()
        else {
            panic!("not slirp4netns");
        };
        assert!(o.allow_host_loopback && o.mtu == Some(1500));
        assert!(parse_network("slirp4netns:bogus=1", None).is_err());
        assert!(parse_network("container:web", pasta).is_err());
        let err = parse_network("mynet", pasta).unwrap_err().to_string();
        assert!(err.contains("network not found"), "{err}");
        assert!(parse_network("host:x", pasta).is_err());
    }
}
