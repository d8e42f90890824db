//! The page's static parts, rendered at build time into index.html by Yew's `ServerRenderer`
//! (`scripts/post-build.mjs` runs this crate's binary):
//!
//! - the header's texts (heading, introduction, privacy line) and the footer's (with the version
//!   line), which stay for the app's whole life: the app adds its skip link and language switch
//!   to the header and renders the rest of the page between the two;
//! - the first screen in `#app`: the five programs with what the checker tells about each, the
//!   dated Microsoft pages the rules come from, with links to today's pages, and one line for
//!   visitors without JavaScript. It is what a visitor reads while the app loads on a slow
//!   network; the app's mount replaces it (Yew clears `#app`).
//!
//! The components use no browser API (no history, storage, navigator or clock) and show no status
//! and no control, so they are the same for every visitor. There is no hydration: the app's first
//! render depends on saved answers, language, route and date. Every part is rendered in both
//! languages; `www/boot.js` picks the visitor's before the first paint by setting `<html lang>`,
//! and `www/style.css` shows only the `.lang-part` elements in that language (so a language
//! switch in the app, which sets `<html lang>`, switches the header and footer too).
#![deny(missing_docs)]

use eligibility_browser::page_link;
use eligibility_browser::ui_text::{first, t, First, Ui};
use eligibility_rules::i18n::{self, fill};
use eligibility_rules::{Locale, Program};
use yew::prelude::*;
use yew::LocalServerRenderer;

/// The first screen's language.
#[derive(Properties, PartialEq, Clone, Copy)]
pub struct FirstScreenProps {
    /// The language it is written in.
    pub locale: Locale,
}

/// What each program's line says the checker tells you.
fn tells(program: Program) -> First {
    match program {
        Program::CoSell => First::CoSell,
        Program::Rewards => First::Rewards,
        Program::Apss => First::Apss,
        Program::Storefront => First::Storefront,
        Program::LeadSharing => First::LeadSharing,
    }
}

/// A source page: its title as a link to today's page, and the dates of the versions used.
fn source(locale: Locale, program: Program) -> Html {
    let document = program.document();
    let dates: Vec<String> = document.versions().into_iter().map(|d| i18n::format_date(locale, d)).collect();
    let dates: Vec<&str> = dates.iter().map(String::as_str).collect();
    let line = fill(first(locale, First::Source), &[("document", "\u{0}"), ("dates", &i18n::join_and(locale, &dates))]);
    // The title is a link: the text around it is split at its placeholder.
    let (before, after) = line.split_once('\u{0}').unwrap_or((&line, ""));
    html! {
        <li>
            { before.to_owned() }
            <a href={page_link(locale, document.url())}>{ i18n::label(locale, document) }</a>
            { after.to_owned() }
        </li>
    }
}

/// The header's texts in one language: the heading, the introduction and the privacy line. The
/// header stays for the app's whole life (the app adds its skip link and language switch to its
/// `#header-tools`).
#[component]
pub fn HeaderText(props: &FirstScreenProps) -> Html {
    let locale = props.locale;
    html! {
        <div class="header-text lang-part" lang={locale.as_str()}>
            <h1>{ t(locale, Ui::Title) }</h1>
            <p class="tagline">{ first(locale, First::Tagline) }</p>
            <p class="privacy">{ first(locale, First::Privacy) }</p>
        </div>
    }
}

/// The first screen's body in one language: the line for visitors without JavaScript, the
/// programs and the sources. The app's mount replaces it.
#[component]
pub fn FirstScreen(props: &FirstScreenProps) -> Html {
    let locale = props.locale;
    html! {
        <div class="first-screen lang-part" lang={locale.as_str()}>
            <noscript><p class="fatal">{ first(locale, First::Noscript) }</p></noscript>
            <main class="layout">
                <section class="card">
                    <h2>{ first(locale, First::Programs) }</h2>
                    <dl class="facts">
                        { for Program::ALL.iter().map(|p| html! {
                            <>
                                <dt>{ i18n::label(locale, *p) }</dt>
                                <dd>{ first(locale, tells(*p)) }</dd>
                            </>
                        }) }
                    </dl>
                </section>
                <section class="card">
                    <h2>{ first(locale, First::SourcesTitle) }</h2>
                    <p>{ first(locale, First::Sources) }</p>
                    <ul>{ for Program::ALL.iter().map(|p| source(locale, *p)) }</ul>
                </section>
            </main>
        </div>
    }
}

/// The footer's text in one language. The footer stays for the app's whole life.
#[component]
pub fn FooterText(props: &FirstScreenProps) -> Html {
    let locale = props.locale;
    html! { <p class="lang-part" lang={locale.as_str()}>{ first(locale, First::Footer) }</p> }
}

/// The version line under the footer's text: which build a host serves, for maintainers
/// (`eligibility_exchange::PRODUCT_LABEL`, also in decision records), with its word in both
/// languages.
#[component]
fn Version() -> Html {
    html! {
        <p id="version">
            { for [Locale::En, Locale::Nl].map(|l| html! { <span class="lang-part" lang={l.as_str()}>{ first(l, First::Version) }</span> }) }
            { " " }{ eligibility_exchange::PRODUCT_LABEL }
        </p>
    }
}

/// Renders a component without hydration marks.
fn render_one<C: BaseComponent>(props: C::Properties) -> String {
    futures::executor::block_on(LocalServerRenderer::<C>::with_props(props).hydratable(false).render())
}

/// `component` in both languages, English first.
fn both<C: BaseComponent<Properties = FirstScreenProps>>() -> String {
    [Locale::En, Locale::Nl].map(|locale| render_one::<C>(FirstScreenProps { locale })).concat()
}

/// The static parts of the page, both languages in each (`www/style.css` shows the page's),
/// as HTML, for the elements of index.html of the same ids.
#[derive(Debug, PartialEq, Eq, serde::Serialize)]
pub struct StaticParts {
    /// `#site-header`: the header's texts, and the empty `#header-tools` the app fills.
    pub header: String,
    /// `#app`: the first screen's body, replaced by the app.
    pub app: String,
    /// `#site-footer`: the footer's text and the version line.
    pub footer: String,
}

/// The static parts of the page.
pub fn render() -> StaticParts {
    StaticParts {
        // Where the app puts its skip link and language switch, its room kept from the start so
        // nothing below moves when they come.
        header: both::<HeaderText>() + r#"<div id="header-tools" class="header-tools"></div>"#,
        app: both::<FirstScreen>(),
        footer: both::<FooterText>() + &render_one::<Version>(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_header_the_programs_the_dated_sources_and_the_footer_in_each_language() {
        let parts = render();
        assert!(
            parts.header.starts_with(
                r#"<div lang="en" class="header-text lang-part"><h1>Partner program eligibility checker</h1>"#
            ),
            "{}",
            parts.header
        );
        assert!(parts.header.contains(r#"<div lang="nl" class="header-text lang-part"><h1>Controle op geschiktheid voor partnerprogramma's</h1>"#), "{}", parts.header);
        assert!(parts.header.ends_with(r#"<div id="header-tools" class="header-tools"></div>"#), "{}", parts.header);
        let (en, nl) = parts.app.split_at(parts.app.find(r#"<div lang="nl""#).expect("Dutch after English"));
        assert!(en.starts_with(r#"<div lang="en" class="first-screen lang-part">"#), "{en}");
        for program in Program::ALL {
            assert!(en.contains(&format!("<dt>{}</dt>", i18n::label(Locale::En, *program))), "{program}");
            assert!(nl.contains(&format!("<dt>{}</dt>", i18n::label(Locale::Nl, *program))), "{program}");
        }
        assert!(en.contains(r#"<a href="https://docs.microsoft.com/azure/marketplace/co-sell-requirements">Co-sell requirements</a>, as published on 24 February 2021 and 13 July 2021"#), "{en}");
        assert!(en.contains("5 June 2018"));
        assert!(en.contains("<noscript><p class=\"fatal\">The checker itself runs in your browser"));
        assert!(nl.contains(r#"<a href="https://docs.microsoft.com/nl-nl/partner-center/shared-services">Azure Partner Shared Services</a>, zoals gepubliceerd op 11 november 2020"#), "{nl}");
        assert!(
            parts
                .footer
                .contains(r#"<p lang="nl" class="lang-part">Gebaseerd op de openbare documentatie van Microsoft"#),
            "{}",
            parts.footer
        );
        assert!(parts.footer.ends_with(&format!(
            r#"<p id="version"><span lang="en" class="lang-part">Version</span><span lang="nl" class="lang-part">Versie</span> {}</p>"#,
            eligibility_exchange::PRODUCT_LABEL
        )), "{}", parts.footer);
    }

    #[test]
    fn has_no_control_no_status_no_script_and_no_inline_style() {
        let StaticParts { header, app, footer } = render();
        let all = header + &app + &footer;
        for banned in [
            "<input",
            "<button",
            "<select",
            "<form",
            "<script",
            "style=",
            "role=\"status\"",
            "data-status",
            "id=\"app\"",
        ] {
            assert!(!all.contains(banned), "{banned}");
        }
        // The only links lead to the source pages, five per language.
        assert_eq!(all.matches("<a href=\"https://docs.microsoft.com/").count(), 10);
        assert_eq!(all.matches("<a ").count(), 10);
    }
}
