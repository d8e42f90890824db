//! The view: the app shell, the question sections, and the results panel.

pub mod app;
pub mod contacts;
pub mod country_list;
pub mod fields;
pub mod questions;
pub mod results;

use crate::form::{Edit, Form};
use yew::{Callback, UseReducerHandle};

/// A callback that applies `change` with the value it receives to the form.
pub fn setter<V: 'static>(form: &UseReducerHandle<Form>, change: fn(&mut Form, V)) -> Callback<V> {
    let form = form.clone();
    Callback::from(move |value: V| form.dispatch(Edit::new(move |f| change(f, value))))
}
