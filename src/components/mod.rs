//! The view: the app shell, the question sections, and the results panel.

pub mod app;
pub mod contacts;
pub mod country_list;
pub mod fields;
pub mod questions;
pub mod results;

use crate::form::{Action, Form};
use yew::{Callback, UseReducerHandle};

/// A callback that turns the value it receives into an [`Action`] and dispatches it.
pub fn send<V: 'static>(form: &UseReducerHandle<Form>, action: impl Fn(V) -> Action + 'static) -> Callback<V> {
    let form = form.clone();
    Callback::from(move |value: V| form.dispatch(action(value)))
}
