; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'value', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x11 (- ?x10)))
 (< 0.0 ?x11))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (< 0.0 ?x30))))
(assert
 (let ((?x22 (- 1.0)))
 (let ((?x41 (+ 1.0 ?x22)))
 (let ((?x26 (* b ?x41)))
 (let ((?x38 (+ (- 1.0) 1.0)))
 (let ((?x27 (* f ?x38)))
 (let ((?x42 (+ ?x27 ?x26)))
 (or (and (distinct 0.0 ?x42) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x11 (- ?x10)))
 (> 0.0 ?x11))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x21 (+ 1.0 ?x31)))
 (< 0.0 ?x21))))
(assert
 (let ((?x22 (- 1.0)))
 (let ((?x41 (+ 1.0 ?x22)))
 (let ((?x26 (* b ?x41)))
 (let ((?x38 (+ (- 1.0) 1.0)))
 (let ((?x27 (* f ?x38)))
 (let ((?x42 (+ ?x27 ?x26)))
 (or (and (distinct 0.0 ?x42) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
