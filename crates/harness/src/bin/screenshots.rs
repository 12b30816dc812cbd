//! `cargo xtask screenshots [LANG]`: the widget as each of its users sees it, to look at by
//! eye: every step on a phone (390×844, touch; what shows before scrolling, and the whole step)
//! and on a laptop (1280×900), the presenter's and the audience's windows at a projector's
//! 1280×720, and every page of both printed handouts. Written to target/screenshots/.

use std::path::Path;
use std::process::Command;

use base64::Engine as _;
use harness::Harness;
use serde_json::json;
use thirtyfour::common::print::PrintParameters;

fn main() {
    // The language, then its step ids in order (xtask compiles the content and passes them).
    let mut args = std::env::args().skip(1);
    let code = args.next().expect("a language code");
    let steps: Vec<String> = args.collect();
    let out = harness::project_root().join("target/screenshots");
    std::fs::create_dir_all(&out).expect("target/screenshots can be made");
    harness::run(async {
        let h = Harness::start().await;
        for (name, width, height, mobile) in [("phone", 390, 844, true), ("laptop", 1280, 900, false)] {
            viewport(&h, width, height, mobile).await;
            for (n, id) in steps.iter().enumerate() {
                open(&h, &format!("/?lang={code}&start={id}")).await;
                let base = format!("{code}-{name}-{:02}-{id}", n + 1);
                if mobile {
                    shoot(&h, &out.join(format!("{base}-first-screen.png")), false).await;
                }
                shoot(&h, &out.join(format!("{base}.png")), true).await;
            }
        }
        viewport(&h, 1280, 720, false).await;
        for (n, id) in steps.iter().enumerate() {
            for mode in ["present", "audience"] {
                open(&h, &format!("/?lang={code}&mode={mode}&start={id}")).await;
                shoot(&h, &out.join(format!("{code}-{mode}-{:02}-{id}.png", n + 1)), false).await;
            }
        }
        for handout in ["sheet", "teacher"] {
            open(&h, &format!("/?lang={code}&classroom=on")).await;
            let button = h.js(&format!("return W.querySelector('.le-print--{handout}') !== null"), vec![]).await;
            assert_eq!(button, json!(true), "the classroom controls offer the {handout} handout");
            print_pages(&h, handout, &out.join(format!("{code}-handout-{handout}"))).await;
        }
        h.quit().await;
    });
    println!("Screenshots saved to {}", out.display());
}

/// Opens `path` and waits for the walkthrough's (or the presentation's) step.
async fn open(h: &Harness, path: &str) {
    h.open(path).await;
    h.wait_for("a step", "return !!W.querySelector('.le-step')", vec![]).await;
}

async fn viewport(h: &Harness, width: u32, height: u32, mobile: bool) {
    let devtools = h.driver.cdp();
    let metrics = json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile });
    devtools.send_raw("Emulation.setDeviceMetricsOverride", metrics).await.expect("emulation");
    let touch = json!({ "enabled": mobile, "maxTouchPoints": 5 });
    devtools.send_raw("Emulation.setTouchEmulationEnabled", touch).await.expect("touch");
}

/// The viewport, or with `whole` the whole page.
async fn shoot(h: &Harness, file: &Path, whole: bool) {
    let shot = h
        .driver
        .cdp()
        .send_raw("Page.captureScreenshot", json!({ "format": "png", "captureBeyondViewport": whole }))
        .await
        .expect("a screenshot");
    let data = shot["data"].as_str().expect("the screenshot's data");
    let png = base64::engine::general_purpose::STANDARD.decode(data).expect("the screenshot is base64");
    std::fs::write(file, png).expect("the screenshot is written");
}

/// Prints the page with the `handout` button's handout, and writes each PDF page as a PNG.
async fn print_pages(h: &Harness, handout: &str, base: &Path) {
    // The button chooses the handout and opens the print dialog, which a driven headless
    // browser never closes; the driver's own print (which fires `beforeprint`) takes its place.
    h.js("window.print = () => {}", vec![]).await;
    h.js(&format!("W.querySelector('.le-print--{handout}').click()"), vec![]).await;
    let pdf = h.driver.print_page(PrintParameters::default()).await.expect("the page prints");
    let file = base.with_extension("pdf");
    std::fs::write(&file, pdf).expect("the PDF is written");
    let status = Command::new("pdftoppm").args(["-png", "-r", "60"]).arg(&file).arg(base).status();
    assert!(status.is_ok_and(|s| s.success()), "pdftoppm (poppler-utils) turns the PDF into pictures");
}
