//! The app shell: header with the language switch, the questions, the results, the footer.

use super::questions::{offer_questions, organisation};
use super::results::{results, ResultsProps};
use super::send;
use crate::api::{browser_options, browser_today};
use crate::form::{Action, Form};
use crate::ui_text::{t, Ui};
use eligibility_rules::{evaluate, Locale};
use std::rc::Rc;
use yew::prelude::*;

/// The language the browser prefers, when it is one we have.
fn preferred_locale() -> Locale {
    let lang = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
    if lang.to_ascii_lowercase().starts_with("nl") {
        Locale::Nl
    } else {
        Locale::En
    }
}

fn document_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// The whole page.
#[component]
pub fn App() -> Html {
    let form = use_reducer(|| Form::new(preferred_locale()));
    let locale = form.locale;
    let today = *use_memo((), |_| browser_today());
    let report = use_memo(((*form).clone(), today), |(form, today)| {
        Rc::new(evaluate(&form.answers(), &browser_options(form.locale, Some(*today))).co_sell)
    });
    use_effect_with(locale, |locale| {
        if let Some(root) = document_element() {
            let _ = root.set_attribute("lang", locale.as_str());
        }
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(t(*locale, Ui::Title));
        }
    });
    use_effect_with((), |_| {
        // Readiness mark for tests and the benchmark: set once, after the first render.
        if let Some(app) = crate::element_by_id("app") {
            let _ = app.set_attribute("data-ready", "true");
        }
    });
    let switch = |to: Locale| send(&form, move |_: MouseEvent| Action::SetLocale(to));
    let start_over = send(&form, |_: MouseEvent| Action::StartOver);
    html! {
        <>
            <a class="skip-link" href="#results">{ t(locale, Ui::ResultsTitle) }</a>
            <header class="site-header">
                <div class="header-text">
                    <h1>{ t(locale, Ui::Title) }</h1>
                    <p class="tagline">{ t(locale, Ui::Tagline) }</p>
                    <p class="privacy" id="privacy">{ t(locale, Ui::Privacy) }</p>
                </div>
                <nav class="language" aria-label={t(locale, Ui::Language)}>
                    <button type="button" id="lang-en" lang="en" aria-pressed={(locale == Locale::En).to_string()} onclick={switch(Locale::En)}>{ "English" }</button>
                    <button type="button" id="lang-nl" lang="nl" aria-pressed={(locale == Locale::Nl).to_string()} onclick={switch(Locale::Nl)}>{ "Nederlands" }</button>
                </nav>
            </header>
            <main class="layout">
                <form class="questions" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                    { organisation(&form) }
                    { offer_questions(&form) }
                    <button type="button" id="start-over" class="secondary" onclick={start_over}>{ t(locale, Ui::StartOver) }</button>
                </form>
                { results(ResultsProps { report: report.as_ref().clone(), ruleset: form.ruleset, locale, offer_name: form.offer.name.clone() }) }
            </main>
            <footer class="site-footer"><p>{ t(locale, Ui::Footer) }</p></footer>
        </>
    }
}
