; certjax: rule estimators.score_Gamma, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!17 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!13 () Real)
(assert
 (let (($x12 (< 0.0 z)))
 (let (($x9 (< 0.0 rate)))
 (let (($x7 (< 0.0 concentration)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x12))))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x14 (* rate z)))
 (< 0.0 ?x14)))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let ((?x65 (- 1.0)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let ((?x67 (* 0.0 ?x66)))
 (let ((?x63 (+ (- 1.0) 1.0)))
 (let ((?x64 (* f ?x63)))
 (let ((?x68 (+ ?x64 ?x67)))
 (or (and (distinct 0.0 ?x68) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (=> (> (* rate z) 0.0) (= exp!1 (* rate z))))
(assert
 (= (< log!13 log!17) (< exp!2 exp!1)))
(assert
 (= (< log!17 log!13) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!13 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!13)))
(assert
 (=> (> rate 0.0) (= exp!2 rate)))
(check-sat)
(pop 1)
