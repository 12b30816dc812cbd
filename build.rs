//! Compiles `content/<locale>/` into compact postcard bytes in `OUT_DIR`, so the browser never
//! ships a TOML parser. A content mistake stops the build with `file:line: message`.

use std::path::Path;
use std::{env, fs, process};

// The widget uses parts of these modules that the build script does not.
#[allow(dead_code)]
#[path = "src/model/content.rs"]
mod content;
#[allow(dead_code)]
#[path = "src/model/explorer.rs"]
mod explorer;
#[path = "src/model/parse.rs"]
mod parse;

fn main() {
    println!("cargo:rerun-if-changed=content");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let locale_dir = Path::new("content/en");
    match parse::load_locale(locale_dir) {
        Ok(content) => {
            let bytes = postcard::to_allocvec(&content).expect("content serialises");
            fs::write(Path::new(&out).join("content-en.bin"), bytes).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            eprintln!("The content files have {} problem(s):", errors.len());
            for error in errors {
                eprintln!("  {error}");
            }
            process::exit(1);
        }
    }
}
