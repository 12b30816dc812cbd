//! The WordPress plugin in a real WordPress (`harness::wordpress`: Debian's WordPress 6.1,
//! MariaDB, PHP-FPM, nginx), as a partner's editor uses it: installed from the built zip through
//! the admin screens, a post with the block set in the editor's sidebar, one with a shortcode
//! full of hostile values, one with the widget's pasted link, and the settings page. Each post
//! is then read as a visitor reads it, in headless Chromium, and PHP logs nothing.

use harness::wordpress::{plugin_zip, site, Site, PASSWORD, USER};
use harness::Harness;
use serde_json::Value;
use thirtyfour::prelude::*;
use tokio::sync::OnceCell;

/// Straight to loopback, where WordPress and the widget host are real servers (not through the
/// harness's proxy); every other host unresolvable, so a departure for the default exit shows
/// in the page's network log and goes no further. A window wide enough for the editor's sidebar.
const DIRECT: &[&str] =
    &["--no-proxy-server", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--window-size=1280,1000"];

/// The Sample Page WordPress installs: a neutral page on the site, as an exit destination.
const SAMPLE_PAGE: &str = "/?page_id=2";

async fn log_in(h: &Harness, site: &Site) {
    h.driver.goto(format!("{}/wp-login.php", site.origin)).await.unwrap();
    // WordPress focuses and selects the name field 200 ms after load: typing before that lets
    // the rest of the typing land in the selected name (a likely cause of a log-in that never
    // reached the dashboard in CI), so wait for it.
    h.wait_for("the name field focused", "return document.activeElement?.id === 'user_login'", vec![]).await;
    h.driver.find(By::Id("user_login")).await.unwrap().send_keys(USER).await.unwrap();
    h.driver.find(By::Id("user_pass")).await.unwrap().send_keys(PASSWORD).await.unwrap();
    h.driver.find(By::Id("wp-submit")).await.unwrap().click().await.unwrap();
    h.wait_for("the dashboard", "return location.pathname.startsWith('/wp-admin/')", vec![]).await;
}

/// A browser logged in to the site, whose plugin was installed from the zip and activated
/// through the admin screens (once, by the first test to get here).
async fn admin() -> (Harness, &'static Site) {
    static INSTALLED: OnceCell<()> = OnceCell::const_new();
    let site = site();
    let h = Harness::start_with(DIRECT).await;
    log_in(&h, site).await;
    INSTALLED
        .get_or_init(|| async {
            h.driver.goto(format!("{}/wp-admin/plugin-install.php?tab=upload", site.origin)).await.unwrap();
            let zip = plugin_zip();
            h.driver.find(By::Id("pluginzip")).await.unwrap().send_keys(zip.to_str().unwrap()).await.unwrap();
            h.driver.find(By::Id("install-plugin-submit")).await.unwrap().click().await.unwrap();
            let activate = "return document.querySelector('a.button-primary[href*=\"action=activate\"]')";
            h.wait_for("Activate Plugin", activate, vec![]).await;
            h.js_element(activate, vec![]).await.element().unwrap().click().await.unwrap();
            h.wait_for(
                "the plugin active",
                "return document.querySelector('tr.active[data-slug=law-explainer]')",
                vec![],
            )
            .await;
        })
        .await;
    (h, site)
}

/// Opens a new post in the block editor.
async fn new_post(h: &Harness, site: &Site) {
    h.driver.goto(format!("{}/wp-admin/post-new.php", site.origin)).await.unwrap();
    let ready =
        "return window.wp && wp.data && wp.data.select('core/editor') && wp.blocks.getBlockType('core/paragraph') \
                 && document.querySelector('.edit-post-layout')";
    h.wait_for("the block editor", ready, vec![]).await;
}

/// Publishes the post in the editor with `title`; its address.
async fn publish(h: &Harness, title: &str) -> String {
    let save = "wp.data.dispatch('core/editor').editPost({ title: arguments[0], status: 'publish' }); \
                wp.data.dispatch('core/editor').savePost();";
    h.js(save, vec![title.into()]).await;
    let saved = "const e = wp.data.select('core/editor'); \
                 return !e.isSavingPost() && e.getCurrentPost().status === 'publish' && e.getCurrentPost().link";
    h.wait_for("the post published", saved, vec![]).await.as_str().unwrap().to_string()
}

/// The editor's notices.
async fn notices(h: &Harness) -> Vec<String> {
    let read = "return wp.data.select('core/notices').getNotices().map(n => n.content)";
    serde_json::from_value(h.js(read, vec![]).await).unwrap()
}

/// The sidebar's control labelled `label` (a text field or a select).
async fn control(h: &Harness, label: &str) -> WebElement {
    let find = "return [...document.querySelectorAll('.components-base-control')]\
                .find(c => c.querySelector('label')?.textContent === arguments[0])?.querySelector('input, select, textarea')";
    h.wait_for(&format!("the control {label}"), find, vec![label.into()]).await;
    h.js_element(find, vec![label.into()]).await.element().unwrap()
}

/// Reads the post at `link` as a visitor (not logged in).
async fn visit(h: &Harness, link: &str) {
    h.driver.delete_all_cookies().await.unwrap();
    h.driver.goto(link).await.unwrap();
}

/// A form field's value.
async fn value(h: &Harness, id: &str) -> String {
    h.driver.find(By::Id(id)).await.unwrap().prop("value").await.unwrap().unwrap_or_default()
}

fn assert_php_is_quiet(site: &Site) {
    assert_eq!(site.php_problems(), Vec::<String>::new(), "PHP logged a problem");
}

fn screenshot(name: &str) -> std::path::PathBuf {
    let dir = harness::project_root().join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn a_block_set_in_the_sidebar_shows_the_widget_and_its_classroom_which_steps_and_exits_where_it_was_told() {
    harness::run(async {
        let (h, site) = admin().await;
        new_post(&h, site).await;
        let insert = "const b = wp.blocks.createBlock('law-explainer/widget'); \
                      wp.data.dispatch('core/block-editor').insertBlocks(b); \
                      wp.data.dispatch('core/block-editor').selectBlock(b.clientId); \
                      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');";
        h.js(insert, vec![]).await;
        let exit = format!("{}{SAMPLE_PAGE}", site.origin);
        control(&h, "Exit address").await.send_keys(&exit).await.unwrap();
        control(&h, "Start at").await.find(By::Css("option[value=fraud]")).await.unwrap().click().await.unwrap();
        control(&h, "Classroom controls").await.click().await.unwrap();
        let set = "return wp.data.select('core/block-editor').getSelectedBlock().attributes";
        let attributes = h.js(set, vec![]).await;
        assert_eq!(
            (attributes["exit-url"].as_str(), attributes["start"].as_str(), attributes["classroom"].as_str()),
            (Some(exit.as_str()), Some("fraud"), Some("on"))
        );
        h.driver.screenshot(&screenshot("wordpress-editor.png")).await.unwrap();
        let link = publish(&h, "Know the law").await;
        assert_eq!(
            notices(&h).await.iter().filter(|n| n.starts_with("Law explainer")).count(),
            0,
            "good values warn of nothing"
        );

        visit(&h, &link).await;
        h.by_role("heading", "Fraud").await;
        // Only the classroom's wasm, which the plugin must ship beside the visitor's, has Present.
        h.by_role("button", "Present").await;
        h.by_role("button", "Next").await.click().await.unwrap();
        h.by_role("heading", "Coercion").await;
        h.driver.screenshot(&screenshot("wordpress-post.png")).await.unwrap();
        h.by_role("link", "Quick exit").await.click().await.unwrap();
        h.wait_for("the exit address", "return location.href === arguments[0]", vec![exit.into()]).await;
        assert_php_is_quiet(site);
        h.quit().await;
    })
}

#[test]
fn a_shortcode_with_hostile_values_shows_the_widget_with_defaults_runs_nothing_and_warns_the_editor() {
    harness::run(async {
        let (h, site) = admin().await;
        new_post(&h, site).await;
        let shortcode = r#"[law_explainer lang="es" start="fraud" theme='"><script>window.leInjected=1</script>' exit-url="javascript:alert(1)" heading-level="9" onload="window.leInjected=2"]"#;
        let insert = "wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('core/shortcode', { text: arguments[0] }))";
        h.js(insert, vec![shortcode.into()]).await;
        publish(&h, "Shortcode").await;
        let link = h.js("return wp.data.select('core/editor').getCurrentPost().link", vec![]).await;
        let warned = h
            .wait_for("the warnings", "return wp.data.select('core/notices').getNotices().filter(n => n.content.startsWith('Law explainer')).length >= 4", vec![])
            .await;
        assert_eq!(warned, true);
        let warnings = notices(&h).await;
        for name in ["theme=", "exit-url=\"javascript:alert(1)\"", "heading-level=\"9\"", "\"onload\""] {
            assert!(
                warnings.iter().any(|w| w.starts_with(&format!("Law explainer: {name}"))),
                "{name} in {warnings:#?}"
            );
        }

        visit(&h, link.as_str().unwrap()).await;
        let spanish = compiler::load("es");
        let fraud = &spanish.steps.iter().find(|s| s.id == "fraud").unwrap().title;
        h.by_role("heading", fraud).await;
        let element = "const e = document.querySelector('law-explainer'); return [...e.attributes].map(a => a.name + '=' + a.value)";
        let attributes: Vec<String> = serde_json::from_value(h.js(element, vec![]).await).unwrap();
        // The settings test, running alongside, may have saved the site's defaults: local contacts
        // (`resources`) and the widget's own default exit address, which then reach every post.
        let site_default_exit = format!("exit-url={}", harness::DEFAULT_EXIT);
        let settings: Vec<&String> =
            attributes.iter().filter(|a| !a.starts_with("resources=") && **a != site_default_exit).collect();
        assert_eq!(settings, ["lang=es", "start=fraud"], "only the good values reach the page");
        assert_eq!(h.js("return window.leInjected", vec![]).await, Value::Null, "nothing injected ran");
        let exit = h.by_role("link", "Salida rápida").await;
        assert_eq!(exit.attr("href").await.unwrap().as_deref(), Some(harness::DEFAULT_EXIT));
        exit.click().await.unwrap();
        let left = || async { h.page_requests().await.iter().any(|u| u == harness::DEFAULT_EXIT) };
        for _ in 0..100 {
            if left().await {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert!(left().await, "the exit set off for the default destination");
        assert_php_is_quiet(site);
        h.quit().await;
    })
}

#[test]
fn a_pasted_link_embeds_the_widget_which_wordpress_sandboxes_sizes_and_lets_leave() {
    harness::run(async {
        let (h, site) = admin().await;
        new_post(&h, site).await;
        // What pasting the address makes. Gutenberg turns a pasted address into this block only
        // when it has "https" in it: a real widget host's does; this loopback one cannot.
        let url = format!("{}/", site.widget);
        let insert = "wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('core/embed', { url: arguments[0] }))";
        h.js(insert, vec![url.clone().into()]).await;
        let previewed = "return wp.data.select('core').getEmbedPreview(arguments[0])?.html";
        let preview = h.wait_for("the editor's preview, by oEmbed discovery", previewed, vec![url.into()]).await;
        assert!(preview.as_str().unwrap().contains("<iframe"), "{preview}");
        let link = publish(&h, "Pasted link").await;

        visit(&h, &link).await;
        let frame = "return document.querySelector('iframe.wp-embedded-content')";
        h.wait_for("the embedded frame", frame, vec![]).await;
        let frame = h.js_element(frame, vec![]).await.element().unwrap();
        assert_eq!(frame.attr("sandbox").await.unwrap().as_deref(), Some("allow-scripts"));
        // Sized by WordPress from the widget's height messages (clamped to 1000).
        let sized =
            "const f = document.querySelector('iframe.wp-embedded-content'); return f.height !== '800' && f.height";
        let height = h.wait_for("the frame sized by wp-embed", sized, vec![]).await;
        let height: u32 = height.as_str().unwrap().parse().unwrap();
        assert!((200..=1000).contains(&height), "{height}");
        let before = h.driver.current_url().await.unwrap();

        frame.clone().enter_frame().await.unwrap();
        let content = compiler::english();
        h.wait_for("the walkthrough to load", "return W.querySelector('.le-shell')", vec![]).await;
        h.by_role("heading", &content.steps[0].title).await;
        h.by_role("button", "Next").await.click().await.unwrap();
        h.by_role("heading", &content.steps[1].title).await;
        h.by_role("link", "Quick exit").await.click().await.unwrap();
        h.driver.enter_default_frame().await.unwrap();
        let leave = format!("{}/leave.html", site.widget);
        for _ in 0..100 {
            let requests = h.page_requests().await;
            if requests.contains(&leave) && requests.iter().any(|u| u == harness::DEFAULT_EXIT) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        let requests = h.page_requests().await;
        assert!(requests.contains(&leave), "the page went to the widget host's leave page: {requests:#?}");
        assert!(requests.iter().any(|u| u == harness::DEFAULT_EXIT), "and on to the default exit: {requests:#?}");
        assert_ne!(h.driver.current_url().await.unwrap(), before);
        assert_php_is_quiet(site);
        h.quit().await;
    })
}

#[test]
fn the_settings_page_keeps_good_values_refuses_bad_ones_with_a_notice_and_checks_its_nonce() {
    harness::run(async {
        let (h, site) = admin().await;
        let page = format!("{}/wp-admin/options-general.php?page=law-explainer", site.origin);
        h.driver.goto(&page).await.unwrap();
        h.driver.find(By::Id("law-explainer-exit")).await.unwrap().send_keys("javascript:alert(1)").await.unwrap();
        let contacts = r#"[{"name": "Midcoast Safe Line", "phone": "1-800-555-0199"}, {"name": "Bad", "url": "javascript:alert(1)"}]"#;
        h.driver.find(By::Id("law-explainer-contacts")).await.unwrap().send_keys(contacts).await.unwrap();
        // A language the widget lacks, as a forged form would send.
        h.js("document.querySelector('#law-explainer-lang').add(new Option('xx', 'xx', true, true))", vec![]).await;
        h.driver.find(By::Id("submit")).await.unwrap().click().await.unwrap();
        let errors =
            "return [...document.querySelectorAll('.notice-error, .error')].map(e => e.textContent.trim()).join('\\n')";
        let shown = h.wait_for("the notices", errors, vec![]).await;
        let shown = shown.as_str().unwrap();
        assert!(shown.contains("exit-url=\"javascript:alert(1)\" is not an http(s) address"), "{shown}");
        assert!(shown.contains("lang=\"xx\" is not a language this widget has"), "{shown}");
        assert!(shown.contains("Local contacts, contact 2: \"url\" must start with https://"), "{shown}");
        assert_eq!(value(&h, "law-explainer-exit").await, "", "the bad address was not kept");
        let kept = value(&h, "law-explainer-contacts").await;
        assert!(kept.contains("Midcoast Safe Line") && !kept.contains("Bad"), "{kept}");

        // A good address is kept (the widget's own default, so other tests' posts are unchanged).
        let field = h.driver.find(By::Id("law-explainer-exit")).await.unwrap();
        field.send_keys(harness::DEFAULT_EXIT).await.unwrap();
        h.driver.find(By::Id("submit")).await.unwrap().click().await.unwrap();
        h.wait_for("Settings saved", "return document.body.textContent.includes('Settings saved.')", vec![]).await;
        assert_eq!(value(&h, "law-explainer-exit").await, harness::DEFAULT_EXIT);

        // A form whose nonce is not the one WordPress gave is refused.
        h.js("document.querySelector('input[name=_wpnonce]').value = 'forged'", vec![]).await;
        h.driver.find(By::Id("submit")).await.unwrap().click().await.unwrap();
        h.wait_for(
            "the refusal",
            "return document.body.textContent.includes('The link you followed has expired')",
            vec![],
        )
        .await;
        // Nobody logged out reaches the page.
        h.driver.delete_all_cookies().await.unwrap();
        h.driver.goto(&page).await.unwrap();
        h.wait_for_path("/wp-login.php").await;
        assert_php_is_quiet(site);
        h.quit().await;
    })
}

#[test]
fn a_page_without_the_widget_gets_nothing_of_the_plugin() {
    harness::run(async {
        let (h, site) = admin().await;
        visit(&h, &format!("{}{SAMPLE_PAGE}", site.origin)).await;
        h.wait_for("the page", "return document.readyState === 'complete'", vec![]).await;
        let source = h.driver.source().await.unwrap();
        assert!(!source.contains("law-explainer"), "nothing of the plugin on a page without the widget");
        assert_php_is_quiet(site);
        h.quit().await;
    })
}
