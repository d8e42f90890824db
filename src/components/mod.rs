//! The view: the app shell (`app`), the questions of each part (`questions`, `fields`,
//! `contacts`, `country_list`), every program's result panel (`programs`, with the status words of
//! `eligibility_browser::summary`), keep and share (`keep`), and the print record (`record`).

pub mod app;
pub mod contacts;
pub mod country_list;
pub mod fields;
pub mod keep;
pub mod programs;
pub mod questions;
pub mod record;

use crate::form::{Action, Form};
use yew::{Callback, UseReducerHandle};

/// A callback that turns the value it receives into an [`Action`] and dispatches it.
pub fn send<V: 'static>(form: &UseReducerHandle<Form>, action: impl Fn(V) -> Action + 'static) -> Callback<V> {
    let form = form.clone();
    Callback::from(move |value: V| form.dispatch(action(value)))
}
