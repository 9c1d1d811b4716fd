//! Image formats: references, docker-archive and OCI archives and layouts, compression, layer
//! unpacking, and the config of an imported root filesystem. Pure format code: the store
//! decides where things go.

pub mod archive;
pub mod change;
pub mod compress;
pub mod containerfile;
pub mod ignore;
pub mod reference;
pub mod source;
pub mod unpack;
