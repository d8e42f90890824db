//! What it takes to reach the next status (RULES.md 11), rendered from the engine's `Report`:
//! a program's status ladder, the steps to its next status (gaps in words with a bar, next steps,
//! a link to each open question), the "Confirm these in Partner Center" list across programs, and
//! the note naming the dated version of the rules each result was checked against.

use crate::questions;
use eligibility_browser::route::Route;
use eligibility_browser::source_link;
use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::i18n::{self, Msg};
use eligibility_rules::{
    Check, CoSellRuleset, Field, Locale, Outcome, Program, Report, RulesetsUsed, Step, StorefrontRuleset,
};
use gloo_history::{HashHistory, History};
use yew::prelude::*;

/// One rung of a ladder: the status name, whether it is reached, and the checks of that rung
/// that are `not-met` or `unknown` (from the engine's co-sell ladder; the one rung of Rewards and
/// APSS is either reached or next, where the steps of `nextStatus` say it, so it lists none).
struct Rung<'a> {
    name: &'a str,
    reached: bool,
    open: Vec<&'a Check>,
}

/// A program's next status as the page names it (co-sell in its rule set's words), with its
/// steps: `None` at the top of its ladder, and for the storefront advisor and lead sharing, which
/// have none.
pub fn target(report: &Report, locale: Locale, program: Program) -> Option<(&'static str, &[Step])> {
    match program {
        Program::CoSell => report
            .co_sell
            .next_status
            .as_ref()
            .map(|n| (i18n::co_sell_status_name(locale, n.status, report.rulesets.co_sell), n.steps.as_slice())),
        Program::Rewards => {
            report.rewards.next_status.as_ref().map(|n| (i18n::label(locale, n.status), n.steps.as_slice()))
        }
        Program::Apss => report.apss.next_status.as_ref().map(|n| (i18n::label(locale, n.status), n.steps.as_slice())),
        _ => None,
    }
}

/// The ladder of a program with one status to reach (Marketplace Rewards, APSS): `top`, reached
/// exactly when the engine names no next status (RULES.md 11.1).
pub fn one_rung(locale: Locale, report: &Report, program: Program, top: &str) -> Html {
    let next = target(report, locale, program);
    let rung = Rung { name: top, reached: next.is_none(), open: Vec::new() };
    draw(locale, report.rulesets.co_sell, program, &[rung], next, Msg::NextBest)
}

/// The co-sell ladder: the engine's rungs (`CoSellReport::ladder`) with the rule set's names.
pub fn co_sell(locale: Locale, report: &Report) -> Html {
    let name = |status| i18n::co_sell_status_name(locale, status, report.rulesets.co_sell);
    let rungs: Vec<Rung> = report
        .co_sell
        .ladder()
        .into_iter()
        .map(|r| Rung { name: name(r.status), reached: r.reached, open: r.open })
        .collect();
    let target = target(report, locale, Program::CoSell);
    draw(locale, report.rulesets.co_sell, Program::CoSell, &rungs, target, report.co_sell.at_top())
}

/// A program's ladder, lowest rung first: each reached rung with ✓; the next one (the engine's
/// `nextStatus`) with "What it takes to reach <status>" and its steps; the rungs above it with
/// what they still need ("Azure IP Co-sell incentivized: 1 to do: reference architecture
/// diagram"). At the top of the ladder (`next` is `None`) the sentence `best` follows.
fn draw(
    locale: Locale,
    co_sell: CoSellRuleset,
    program: Program,
    rungs: &[Rung],
    next: Option<(&str, &[Step])>,
    best: Msg,
) -> Html {
    let mut below: Option<&str> = None;
    let items = rungs.iter().map(|rung| {
        if rung.reached {
            return html! {
                <li class="rung" data-state="reached">
                    <span class="line-icon" aria-hidden="true">{ "✓" }</span>
                    <span><strong>{ rung.name }</strong><span class="visually-hidden">{ ": " }{ i18n::label(locale, Outcome::Met) }</span></span>
                </li>
            };
        }
        let first = below.is_none();
        let after = below.replace(rung.name).unwrap_or_default();
        match next.filter(|_| first) {
            Some((status, steps)) => html! {
                <li class="rung next" data-state="next" id={format!("next-{program}")}>
                    <h3>{ i18n::message(locale, Msg::NextTitle, &[("status", status)]) }</h3>
                    { steps_list(locale, co_sell, program, steps.iter()) }
                </li>
            },
            None => {
                let detail = if rung.open.is_empty() {
                    i18n::fill(t(locale, Ui::AfterRung), &[("status", after)])
                } else {
                    let names: Vec<&str> = rung.open.iter().map(|c| i18n::requirement(locale, c.rule, co_sell)).collect();
                    let n = rung.open.len().to_string();
                    i18n::fill(t(locale, Ui::ToDo), &[("n", &n), ("names", &names.join(", "))])
                };
                html! {
                    <li class="rung" data-state="later">
                        <span class="line-icon" aria-hidden="true">{ "→" }</span>
                        <span><strong>{ rung.name }</strong>{ ": " }{ detail }</span>
                    </li>
                }
            }
        }
    });
    html! {
        <>
            // No ladder where there is nothing to climb (an offer type the rule set excludes).
            if !rungs.is_empty() {
                <ol class="ladder" id={format!("ladder-{program}")} aria-label={t(locale, Ui::Ladder)}>{ for items }</ol>
            }
            if next.is_none() {
                <p class="next-best" id={format!("next-{program}")}><span aria-hidden="true">{ "★ " }</span>{ i18n::text(locale, best) }</p>
            }
        </>
    }
}

/// The part of the page that asks `field`: `preferred` when it does, else the first that does.
fn part_of(field: Field, preferred: Route) -> Route {
    let asks = |route: &Route| questions::groups(*route).iter().any(|g| g.fields.contains(&field));
    if asks(&preferred) {
        return preferred;
    }
    Route::PARTS.iter().copied().find(asks).unwrap_or(preferred)
}

/// A link to the question of `field`: opens its part and moves focus to its control (the
/// ticked choice, else the first control with that `name`).
fn question_link(locale: Locale, co_sell: CoSellRuleset, program: Program, field: Field) -> Html {
    let route = part_of(field, Route::of(program));
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        HashHistory::new().push(route.path());
        crate::focus_control_after_render(field.path());
    });
    html! {
        <a class="answer-link" href={format!("#{}", route.path())} data-question={field.path()} {onclick}>
            { i18n::question(locale, field, co_sell) }
        </a>
    }
}

/// One step: its requirement and rule, each gap in words with a bar of the share reached, and
/// what to do (the next step when it fails, the question when it is open).
fn step_item(locale: Locale, co_sell: CoSellRuleset, program: Program, step: &Step) -> Html {
    let generic = i18n::text(locale, Msg::UnknownNext);
    let icon = if step.outcome == Outcome::NotMet { "✗" } else { "?" };
    let gaps = step.gaps.iter().map(|gap| {
        html! {
            <p class="gap" data-field={gap.field.path()}>
                { i18n::gap(locale, gap) }
                <meter min="0" max={gap.required.hundredths().to_string()} value={gap.current.hundredths().to_string()} aria-hidden="true"></meter>
            </p>
        }
    });
    html! {
        <li class="check-line step" data-rule={step.rule.as_str()} data-outcome={step.outcome.as_str()}>
            <span class="line-icon" aria-hidden="true">{ icon }</span>
            <span>
                <span class="visually-hidden">{ i18n::label(locale, step.outcome) }{ ": " }</span>
                <strong>{ i18n::requirement(locale, step.rule, co_sell) }</strong>{ " " }<span class="rule-id">{ step.rule.as_str() }</span>
                { for gaps }
                if let Some(next) = step.next_step.as_deref().filter(|n| *n != generic) {
                    <span class="line-next"><strong>{ t(locale, Ui::NextStep) }{ ": " }</strong>{ next }</span>
                }
                if let Some(field) = step.question.filter(|_| step.outcome == Outcome::Unknown) {
                    <span class="line-next"><strong>{ t(locale, Ui::Answer) }{ ": " }</strong>{ question_link(locale, co_sell, program, field) }</span>
                }
            </span>
        </li>
    }
}

/// Steps as a checklist: the ladder's next rung and "Confirm these" both show them this way.
fn steps_list<'a>(
    locale: Locale,
    co_sell: CoSellRuleset,
    program: Program,
    steps: impl Iterator<Item = &'a Step>,
) -> Html {
    html! { <ul class="checklist">{ for steps.map(|s| step_item(locale, co_sell, program, s)) }</ul> }
}

/// "Confirm these in Partner Center": the `unknown` steps of every program's next status,
/// grouped by program, each with the status it could open up and a link to its question. The
/// generic advice is said once, above the list.
pub fn confirm_list(locale: Locale, shown: bool, report: &Report) -> Html {
    let programs: Vec<(Program, &str, &[Step])> = [Program::CoSell, Program::Rewards, Program::Apss]
        .into_iter()
        .filter_map(|program| target(report, locale, program).map(|(status, steps)| (program, status, steps)))
        .collect();
    let open = |steps: &[Step]| steps.iter().any(|s| s.outcome == Outcome::Unknown);
    let groups = programs.iter().filter(|(_, _, steps)| open(steps)).map(|(program, status, steps)| {
        html! {
            <li data-program={program.as_str()}>
                <h3>{ i18n::label(locale, *program) }</h3>
                // Not a promise while checks that are not met stand in the way too.
                <p class="help">{ i18n::fill(t(locale, if steps.iter().any(|s| s.outcome == Outcome::NotMet) { Ui::CouldOpenBlocked } else { Ui::CouldOpen }), &[("status", status)]) }</p>
                { steps_list(locale, report.rulesets.co_sell, *program, steps.iter().filter(|s| s.outcome == Outcome::Unknown)) }
            </li>
        }
    });
    let any = programs.iter().any(|(_, _, steps)| open(steps));
    html! {
        <section id="confirm" class="results card confirm" hidden={!shown} aria-labelledby="confirm-title">
            <h2 id="confirm-title">{ t(locale, Ui::ConfirmTitle) }</h2>
            if any {
                <p class="help">{ t(locale, Ui::ConfirmHelp) }</p>
                <ul class="confirm-groups">{ for groups }</ul>
            } else {
                <p>{ t(locale, Ui::ConfirmNone) }</p>
            }
        </section>
    }
}

/// "Checked against the version of <source> dated <date>": the dated version of the rules a
/// program's result comes from (", as revised later" for the storefront comparison's later
/// revision, which keeps the page's date), linking to the current public page.
pub fn version_note(locale: Locale, check: &Check, rulesets: &RulesetsUsed) -> Html {
    let template = t(locale, Ui::CheckedAgainst);
    let (before, after) = template.split_once("{source}").unwrap_or((template, ""));
    let revised =
        check.rule.program() == Program::Storefront && rulesets.storefront == StorefrontRuleset::R2018_06_05Later;
    let later = if revised { t(locale, Ui::RevisedLater) } else { "" };
    let after = i18n::fill(after, &[("date", &i18n::format_date(locale, check.source.date)), ("later", later)]);
    // The page itself (the checks below link to their sections).
    let page = source_link(locale, check);
    let page = page.split('#').next().unwrap_or_default().to_owned();
    html! {
        <p class="version-note">
            { before }
            <a href={page} target="_blank" rel="noopener noreferrer">{ i18n::label(locale, check.source.document) }</a>
            { after }
        </p>
    }
}
