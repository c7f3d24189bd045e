; certjax: rule estimators.score_constant_baseline_BernoulliProbs, obligation 'mass_conserved', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!14 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!5 () Real)
(assert
 (let (($x9 (> 1.0 probs)))
 (let (($x7 (< 0.0 probs)))
 (and $x7 $x9))))
(assert
 (let (($x13 (= 0.0 probs)))
 (not $x13)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let (($x17 (= 0.0 ?x14)))
 (not $x17)))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x11 (- probs)))
 (let ((?x14 (+ 1.0 ?x11)))
 (< 0.0 ?x14))))
(assert
 (let ((?x83 (* 1.0 exp!4)))
 (let ((?x11 (- probs)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let ((?x21 (/ (- 1.0) ?x14)))
 (let ((?x48 (* 0.0 ?x21)))
 (let ((?x18 (/ 1.0 probs)))
 (let ((?x49 (+ ?x18 ?x48)))
 (let ((?x84 (* ?x49 ?x83)))
 (let ((?x46 (* 1.0 exp!2)))
 (let ((?x19 (* ?x18 0.0)))
 (let ((?x22 (+ ?x19 ?x21)))
 (let ((?x47 (* ?x22 ?x46)))
 (let ((?x85 (+ ?x47 ?x84)))
 (or (and (distinct 0.0 ?x85) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x26 (> log!14 0.0)))
 (= $x26 (> exp!1 1.0))))
(assert
 (let ((?x29 (+ 1.0 log!14)))
 (>= exp!1 ?x29)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let (($x31 (> ?x14 0.0)))
 (=> $x31 (= exp!1 ?x14))))))
(assert
 (let (($x35 (< log!14 log!14)))
 (= $x35 (< exp!2 exp!1))))
(assert
 (let (($x35 (< log!14 log!14)))
 (= $x35 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x26 (> log!14 0.0)))
 (= $x26 (> exp!2 1.0))))
(assert
 (let ((?x29 (+ 1.0 log!14)))
 (>= exp!2 ?x29)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let (($x31 (> ?x14 0.0)))
 (=> $x31 (= exp!2 ?x14))))))
(assert
 (let (($x52 (< log!5 log!14)))
 (= $x52 (< exp!3 exp!2))))
(assert
 (let (($x55 (< log!14 log!5)))
 (= $x55 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x59 (> log!5 0.0)))
 (= $x59 (> exp!3 1.0))))
(assert
 (let ((?x62 (+ 1.0 log!5)))
 (>= exp!3 ?x62)))
(assert
 (let (($x65 (= exp!3 probs)))
 (let (($x64 (> probs 0.0)))
 (=> $x64 $x65))))
(assert
 (let (($x52 (< log!5 log!14)))
 (= $x52 (< exp!4 exp!2))))
(assert
 (let (($x55 (< log!14 log!5)))
 (= $x55 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!5 log!5)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x72 (< log!5 log!5)))
 (= $x72 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x59 (> log!5 0.0)))
 (= $x59 (> exp!4 1.0))))
(assert
 (let ((?x62 (+ 1.0 log!5)))
 (>= exp!4 ?x62)))
(assert
 (let (($x81 (= exp!4 probs)))
(let (($x64 (> probs 0.0)))
(=> $x64 $x81))))
(check-sat)
(pop 1)
