; certjax: rule estimators.reparam_LogNormal, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun z () Real)
(declare-fun pi! () Real)
(assert
 (< 0.0 scale))
(assert
 (< 0.0 z))
(assert
 (let (($x12 (= 0.0 scale)))
 (not $x12)))
(assert
 (let ((?x18 (* 2.0 pi!)))
 (< 0.0 ?x18)))
(assert
 (< 0.0 scale))
(assert
 (not (and true)))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(check-sat)
(pop 1)
