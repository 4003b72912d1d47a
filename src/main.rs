//! The browser entry point: mounts the editor. Native builds have nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    lnb_studio::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("LNB Studio runs in the browser; see README.md (`make serve`).");
}
