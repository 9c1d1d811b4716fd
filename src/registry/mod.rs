//! Registries: the OCI distribution API client (`client`), credentials (`auth`), what names
//! point where and which images policy lets in (`conf`), and the two transfers built on them,
//! `pull` (registry -> store, through the store's load path) and `push` (store -> registry).

pub mod auth;
pub mod client;
pub mod conf;
pub mod progress;
pub mod pull;
pub mod push;
