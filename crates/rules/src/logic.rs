//! Three-valued (Kleene) logic for conditions: met, not met, unknown (RULES.md 2.2).

/// The value of a condition. `Unknown` means an answer needed to decide is missing;
/// it is never read as yes or no.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tri {
    /// The condition holds.
    Met,
    /// The condition does not hold.
    NotMet,
    /// Not answered, so not decided.
    Unknown,
}

impl Tri {
    /// Kleene "and": not met wins over unknown, unknown over met.
    pub fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::NotMet, _) | (_, Tri::NotMet) => Tri::NotMet,
            (Tri::Met, Tri::Met) => Tri::Met,
            _ => Tri::Unknown,
        }
    }

    /// Kleene "or": met wins over unknown, unknown over not met.
    pub fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::Met, _) | (_, Tri::Met) => Tri::Met,
            (Tri::NotMet, Tri::NotMet) => Tri::NotMet,
            _ => Tri::Unknown,
        }
    }

    /// Maps a condition that was decided, or `None` for not answered.
    pub fn from_opt(value: Option<bool>) -> Tri {
        match value {
            Some(true) => Tri::Met,
            Some(false) => Tri::NotMet,
            None => Tri::Unknown,
        }
    }
}

impl From<bool> for Tri {
    fn from(value: bool) -> Tri {
        if value {
            Tri::Met
        } else {
            Tri::NotMet
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Tri::{self, *};

    #[test]
    fn matches_the_tables_of_rules_2_2() {
        // (A, B, A and B, A or B), both orders.
        let table = [
            (Met, Met, Met, Met),
            (Met, NotMet, NotMet, Met),
            (Met, Unknown, Unknown, Met),
            (NotMet, NotMet, NotMet, NotMet),
            (NotMet, Unknown, NotMet, Unknown),
            (Unknown, Unknown, Unknown, Unknown),
        ];
        for (a, b, and, or) in table {
            assert_eq!(a.and(b), and, "{a:?} and {b:?}");
            assert_eq!(b.and(a), and, "{b:?} and {a:?}");
            assert_eq!(a.or(b), or, "{a:?} or {b:?}");
            assert_eq!(b.or(a), or, "{b:?} or {a:?}");
        }
        assert_eq!(Tri::from_opt(None), Unknown);
        assert_eq!(Tri::from(false), NotMet);
    }
}
