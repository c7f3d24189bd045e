; certjax: rule estimators.reparam_LogNormal, obligation 'right_inverse', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(declare-fun exp!1 () Real)
(declare-fun log!5 () Real)
(assert
 (let (($x9 (< 0.0 z)))
 (let (($x7 (< 0.0 scale)))
 (and $x7 $x9))))
(assert
 (< 0.0 z))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (or (and (distinct (* 1.0 exp!1) z) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!5 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!5)))
(assert
 (let (($x25 (= exp!1 z)))
(=> (> z 0.0) $x25)))
(check-sat)
(pop 1)
