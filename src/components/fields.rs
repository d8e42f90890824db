//! Labelled form controls: Yes / No / Not sure, a choice list, a number with its error.
//! Every control has a visible label; errors are tied to their input with aria-describedby.
//!
//! Plain functions rather than components: they hold no state, and each component type costs
//! its own lifecycle code in the WebAssembly.

use crate::ui_text::{t, Ui};
use eligibility_rules::Locale;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Arguments of [`yes_no`].
pub struct YesNoProps {
    /// Unique id base, e.g. `partner-hasMpnId`.
    pub id: AttrValue,
    /// The question.
    pub label: AttrValue,
    /// Current answer; `None` is "Not sure".
    pub value: Option<bool>,
    /// Called with the new answer.
    pub onchange: Callback<Option<bool>>,
    /// Page language.
    pub locale: Locale,
}

/// A yes/no question with a third choice, "Not sure" (not answered).
pub fn yes_no(props: YesNoProps) -> Html {
    let options = [(Some(true), "yes", Ui::Yes), (Some(false), "no", Ui::No), (None, "unsure", Ui::NotSure)];
    html! {
        <fieldset class="question yes-no" id={props.id.clone()}>
            <legend>{ props.label.clone() }</legend>
            <div class="choices">
                { for options.into_iter().map(|(value, suffix, text)| {
                    let id = format!("{}-{suffix}", props.id);
                    let onchange = props.onchange.reform(move |_: Event| value);
                    html! {
                        <label class="choice" for={id.clone()}>
                            <input type="radio" id={id} name={props.id.clone()} checked={props.value == value} {onchange} />
                            <span>{ t(props.locale, text) }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// Arguments of [`choice`].
pub struct ChoiceProps {
    /// Element id.
    pub id: AttrValue,
    /// The question.
    pub label: AttrValue,
    /// `(value, label)` pairs in display order.
    pub options: Vec<(&'static str, &'static str)>,
    /// The chosen value; `None` is "not sure / choose".
    pub value: Option<&'static str>,
    /// Called with the chosen value, `None` for the empty choice.
    pub onchange: Callback<Option<String>>,
    /// Page language.
    pub locale: Locale,
    /// Optional help under the control.
    pub help: Option<AttrValue>,
}

/// A single choice from a list, with an empty first entry meaning "not sure".
pub fn choice(props: ChoiceProps) -> Html {
    let onchange = props.onchange.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        (!value.is_empty()).then_some(value)
    });
    let help_id = format!("{}-help", props.id);
    html! {
        <div class="question">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange} aria-describedby={props.help.as_ref().map(|_| help_id.clone())}>
                <option value="" selected={props.value.is_none()}>{ t(props.locale, Ui::Choose) }</option>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={*value} selected={props.value == Some(*value)}>{ *label }</option>
                }) }
            </select>
            if let Some(help) = &props.help { <p class="help" id={help_id}>{ help.clone() }</p> }
        </div>
    }
}

/// Arguments of [`number_field`].
pub struct NumberFieldProps {
    /// Element id.
    pub id: AttrValue,
    /// The question.
    pub label: AttrValue,
    /// Format hint shown under the label.
    pub hint: AttrValue,
    /// The text as typed.
    pub text: AttrValue,
    /// Why the text is refused, if it is.
    pub error: Option<AttrValue>,
    /// Called with the new text on every keystroke.
    pub oninput: Callback<String>,
}

/// A number typed in the page's notation (money or percent), with its error next to it.
pub fn number_field(props: NumberFieldProps) -> Html {
    let oninput = props.oninput.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described = match props.error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    html! {
        <div class={classes!("question", props.error.as_ref().map(|_| "has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <p class="help" id={hint_id}>{ props.hint.clone() }</p>
            <input type="text" inputmode="decimal" autocomplete="off" id={props.id.clone()} value={props.text.clone()}
                aria-invalid={props.error.as_ref().map(|_| "true")} aria-describedby={described} {oninput} />
            if let Some(error) = &props.error {
                <p class="error" id={error_id}><span aria-hidden="true">{ "⚠ " }</span>{ error.clone() }</p>
            }
        </div>
    }
}

/// Arguments of [`text_field`].
pub struct TextFieldProps {
    /// Element id.
    pub id: AttrValue,
    /// The label.
    pub label: AttrValue,
    /// Current text.
    pub text: AttrValue,
    /// Called with the new text.
    pub oninput: Callback<String>,
    /// `autocomplete` hint.
    pub autocomplete: AttrValue,
}

/// A plain text input with its label.
pub fn text_field(props: TextFieldProps) -> Html {
    let oninput = props.oninput.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="question">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input type="text" id={props.id.clone()} value={props.text.clone()} autocomplete={props.autocomplete.clone()} {oninput} />
        </div>
    }
}
