//! E-mail address checks of RULES.md 2.6 (MR-05b). Deliberately simple and explicit.

/// A valid address, after trimming: no whitespace, exactly one `@`, a non-empty local part, and
/// a domain with at least one `.` and no empty label.
pub fn is_valid(address: &str) -> bool {
    let address = address.trim();
    if address.chars().any(char::is_whitespace) {
        return false;
    }
    let mut parts = address.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !local.is_empty() && domain.contains('.') && domain.split('.').all(|label| !label.is_empty())
}

/// Two addresses are the same when their trimmed, lower-cased forms are equal. `lowercase` is
/// the Unicode lower-case mapping ([`crate::Options::lowercase`]).
pub fn same(a: &str, b: &str, lowercase: fn(&str) -> String) -> bool {
    lowercase(a.trim()) == lowercase(b.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_follows_rules_2_6() {
        for ok in ["a@b.c", "  marketing@contoso.example ", "x.y+z@sub.contoso.com"] {
            assert!(is_valid(ok), "{ok}");
        }
        for bad in
            ["", "a", "@b.c", "a@b", "a@@b.c", "a@b@c.d", "a@.b.c", "a@b.c.", "a@b..c", "a b@c.d", "a@b.c\td", "a@"]
        {
            assert!(!is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn sameness_ignores_case_and_surrounding_space() {
        let lower = str::to_lowercase;
        assert!(same("CEO@contoso.com", " ceo@contoso.com", lower));
        assert!(same("ÅSA@contoso.se", "åsa@contoso.se", lower));
        assert!(same("ΟΔΥΣΣΕΥΣ@example.gr", "οδυσσευς@example.gr", lower), "final sigma");
        assert!(!same("ceo@contoso.com", "cfo@contoso.com", lower));
    }
}
