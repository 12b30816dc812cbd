//! `cargo xtask screenshots [LANG]`: the widget as each of its users sees it, to look at by
//! eye: every step on a phone (390×844, touch; what shows before scrolling, and the whole step)
//! and on a laptop (1280×900), the presenter's and the audience's windows at a projector's
//! 1280×720, the myth-or-fact check answered (the visitor's results on a phone, the presenter's
//! chart), and every page of both printed handouts. Written to target/screenshots/.

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
        // The check: answered "myth" throughout at the start and at the end, then its results.
        viewport(&h, 390, 844, true).await;
        open(&h, &format!("/?lang={code}")).await;
        answer_check(&h).await;
        // The last step through the list of steps: a new page would forget the first answers.
        h.js("[...W.querySelectorAll('.le-contents__item')].pop().click()", vec![]).await;
        h.wait_for("the ending", "return !!W.querySelector('.le-ending .le-check')", vec![]).await;
        answer_check(&h).await;
        for (part, selector) in [("results", ".le-ending .le-check"), ("summary", ".le-check__status")] {
            h.js(&format!("W.querySelector('{selector}').scrollIntoView()"), vec![]).await;
            shoot(&h, &out.join(format!("{code}-phone-check-{part}.png")), false).await;
        }
        viewport(&h, 1280, 720, false).await;
        open(&h, &format!("/?lang={code}&mode=present")).await;
        let counts = "all('.le-check__number').forEach((box, i) => { \
            box.value = String(arguments[0] + (i * 7) % 11); box.dispatchEvent(new InputEvent('input', { bubbles: true })); })";
        h.js(counts, vec![json!(2)]).await;
        // End, the clicker's key for the last step.
        let end = "document.activeElement.blur(); document.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }))";
        h.js(end, vec![]).await;
        h.wait_for("the last step", "return !!W.querySelector('#le-room-after')", vec![]).await;
        h.js(counts, vec![json!(6)]).await;
        h.wait_for("the chart", "return !!W.querySelector('.le-chart')", vec![]).await;
        h.js("W.querySelector('.le-chart').scrollIntoView()", vec![]).await;
        shoot(&h, &out.join(format!("{code}-present-check-chart.png")), false).await;
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

/// Opens the check on screen and answers every statement with its first choice.
async fn answer_check(h: &Harness) {
    h.js("W.querySelector('.le-check .le-button').click()", vec![]).await;
    h.wait_for("the statements", "return !!W.querySelector('.le-check__answers')", vec![]).await;
    h.js("all('.le-check__answers').forEach(group => group.querySelector('button').click())", vec![]).await;
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
