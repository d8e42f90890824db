//! Labelled form controls: Yes / No / Not sure, a choice list, radio buttons, a number with its
//! error, a text field. Every control has a visible label; errors are tied to their input with
//! aria-describedby. Each control's `name` is the JSON path of its answer in `Answers`, and a
//! radio button's `value` is the contract's value (`true`, `false`, or the enum spelling; `""` for "Not sure").
//!
//! Plain functions rather than components: they hold no state, and each component type costs
//! its own lifecycle code in the WebAssembly.

use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::Locale;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What every control has: an element id, its `name` (a JSON path), its label and, optionally,
/// a short help text under the label.
pub struct Control {
    /// Element id (the JSON path with `-` for `.`), e.g. `partner-hasMpnId`.
    pub id: AttrValue,
    /// The JSON path in `Answers`, e.g. `partner.hasMpnId`.
    pub name: AttrValue,
    /// The question.
    pub label: AttrValue,
    /// Where to find the answer, or what a term means.
    pub help: Option<AttrValue>,
}

impl Control {
    /// The id of the help text, when there is one (for `aria-describedby`).
    fn help_id(&self) -> Option<String> {
        self.help.as_ref().map(|_| format!("{}-help", self.id))
    }

    /// The help text under the label.
    fn help_text(&self) -> Html {
        match (&self.help, self.help_id()) {
            (Some(help), Some(id)) => html! { <p class="help" {id}>{ help.clone() }</p> },
            _ => Html::default(),
        }
    }
}

/// A yes/no question with a third choice, "Not sure" (not answered).
pub fn yes_no(control: Control, value: Option<bool>, onchange: Callback<Option<bool>>, locale: Locale) -> Html {
    let options =
        [(Some(true), "yes", "true", Ui::Yes), (Some(false), "no", "false", Ui::No), (None, "unsure", "", Ui::NotSure)];
    html! {
        <fieldset class="question yes-no" id={control.id.clone()} aria-describedby={control.help_id()}>
            <legend>{ control.label.clone() }</legend>
            { control.help_text() }
            <div class="choices">
                { for options.into_iter().map(|(answer, suffix, json, text)| {
                    let id = format!("{}-{suffix}", control.id);
                    let onchange = onchange.reform(move |_: Event| answer);
                    html! {
                        <label class="choice" for={id.clone()}>
                            <input type="radio" id={id} name={control.name.clone()} value={json} checked={value == answer} {onchange} />
                            <span>{ t(locale, text) }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// One required value from a few, as radio buttons (no "Not sure").
pub fn radios(
    control: Control,
    options: Vec<(&'static str, &'static str)>,
    value: &'static str,
    onchange: Callback<Option<String>>,
) -> Html {
    html! {
        <fieldset class="question" id={control.id.clone()} aria-describedby={control.help_id()}>
            <legend>{ control.label.clone() }</legend>
            { control.help_text() }
            <div class="choices choices--stacked">
                { for options.into_iter().map(|(json, label)| {
                    let id = format!("{}-{json}", control.id);
                    let onchange = onchange.reform(move |_: Event| Some(json.to_owned()));
                    html! {
                        <label class="choice" for={id.clone()}>
                            <input type="radio" id={id} name={control.name.clone()} value={json} checked={value == json} {onchange} />
                            <span>{ label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// A single choice from a list, with an empty first entry meaning "not sure".
pub fn choice(
    control: Control,
    options: Vec<(&'static str, &'static str)>,
    value: Option<&str>,
    onchange: Callback<Option<String>>,
    locale: Locale,
) -> Html {
    let onchange = onchange.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        (!value.is_empty()).then_some(value)
    });
    html! {
        <div class="question">
            <label for={control.id.clone()}>{ control.label.clone() }</label>
            { control.help_text() }
            <select id={control.id.clone()} name={control.name.clone()} {onchange} aria-describedby={control.help_id()}>
                <option value="" selected={value.is_none()}>{ t(locale, Ui::Choose) }</option>
                { for options.iter().map(|(json, label)| html! {
                    <option value={*json} selected={value == Some(*json)}>{ *label }</option>
                }) }
            </select>
        </div>
    }
}

/// A number typed in the page's notation (money or percent), with a format hint and, once the
/// user has left the field, its error (and a guess in the other notation) next to it.
pub fn number_field(
    control: Control,
    hint: &str,
    text: &str,
    error: Option<&str>,
    oninput: Callback<String>,
    onblur: Callback<()>,
) -> Html {
    input_field(control, ("text", "off"), Some(hint), text, error, oninput, onblur)
}

/// A date (`<input type="date">`, which gives `YYYY-MM-DD` or nothing).
pub fn date_field(control: Control, value: Option<String>, onchange: Callback<String>) -> Html {
    let onchange = onchange.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="question">
            <label for={control.id.clone()}>{ control.label.clone() }</label>
            { control.help_text() }
            <input type="date" id={control.id.clone()} name={control.name.clone()} value={value.unwrap_or_default()}
                aria-describedby={control.help_id()} {onchange} />
        </div>
    }
}

/// Several values as check boxes, and a last box meaning "none of these" (value `""`). Nothing
/// ticked is "not answered". `onchange` gets the value (`None` for the last box) and its state.
pub fn check_boxes(
    control: Control,
    options: Vec<(&'static str, &'static str)>,
    ticked: Option<&[&str]>,
    none_label: &'static str,
    onchange: Callback<(Option<String>, bool)>,
) -> Html {
    let boxes = options
        .into_iter()
        .map(|(json, label)| (Some(json), label, ticked.is_some_and(|t| t.contains(&json))))
        .chain([(None, none_label, ticked.is_some_and(<[_]>::is_empty))]);
    html! {
        <fieldset class="question" id={control.id.clone()} aria-describedby={control.help_id()}>
            <legend>{ control.label.clone() }</legend>
            { control.help_text() }
            <div class="choices">
                { for boxes.map(|(json, label, checked)| {
                    let id = format!("{}-{}", control.id, json.unwrap_or("none"));
                    let onchange = onchange.reform(move |e: Event| {
                        (json.map(str::to_owned), e.target_unchecked_into::<HtmlInputElement>().checked())
                    });
                    html! {
                        <label class="choice" for={id.clone()}>
                            <input type="checkbox" id={id} name={control.name.clone()} value={json.unwrap_or("")} {checked} {onchange} />
                            <span>{ label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// A text input with its label, its `type` (`text`, `email`, `tel`) and `autocomplete` hint,
/// and, once the user has left the field, its error next to it (an e-mail address that is not one).
pub fn text_field(
    control: Control,
    text: &str,
    input: (&'static str, &'static str),
    error: Option<&str>,
    oninput: Callback<String>,
    onblur: Callback<()>,
) -> Html {
    input_field(control, input, None, text, error, oninput, onblur)
}

/// The one text input of the form: label, help, an optional format `hint` (a number field's,
/// which also gets the decimal keyboard on phones), and the error once the field is left, tied
/// to the input by `aria-describedby` and `aria-invalid`.
fn input_field(
    control: Control,
    (kind, autocomplete): (&'static str, &'static str),
    hint: Option<&str>,
    text: &str,
    error: Option<&str>,
    oninput: Callback<String>,
    onblur: Callback<()>,
) -> Html {
    let oninput = oninput.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let onblur = onblur.reform(|_: FocusEvent| ());
    let hint_id = format!("{}-hint", control.id);
    let error_id = format!("{}-error", control.id);
    let described: Vec<String> = [control.help_id(), hint.map(|_| hint_id.clone()), error.map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect();
    html! {
        <div class={if error.is_some() { "question has-error" } else { "question" }}>
            <label for={control.id.clone()}>{ control.label.clone() }</label>
            { control.help_text() }
            if let Some(hint) = hint {
                <p class="help" id={hint_id}>{ hint.to_owned() }</p>
            }
            <input type={kind} inputmode={hint.map(|_| "decimal")} {autocomplete} id={control.id.clone()} name={control.name.clone()}
                value={text.to_owned()} aria-invalid={error.map(|_| "true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))} {oninput} {onblur} />
            if let Some(error) = error {
                <p class="error" id={error_id}><span aria-hidden="true">{ "⚠ " }</span>{ error.to_owned() }</p>
            }
        </div>
    }
}
