; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'score_identity@1', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!55 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x52 (- ?x18)))
 (let ((?x53 (/ ?x52 ?x19)))
 (let ((?x54 (+ 1.0 ?x53)))
 (let ((?x55 (- ?x54)))
 (let ((?x56 (+ 1.0 ?x55)))
 (let ((?x48 (/ 1.0 exp!2)))
 (let ((?x57 (* ?x48 ?x56)))
 (let ((?x45 (- b)))
 (let ((?x46 (+ |f[1]| ?x45)))
 (let ((?x58 (* ?x46 ?x57)))
 (let ((?x47 (- ?x46)))
 (let ((?x49 (* ?x47 ?x48)))
 (let ((?x50 (+ ?x46 ?x49)))
 (let ((?x51 (* ?x48 ?x50)))
 (or (and (distinct ?x51 ?x58) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!55 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!55) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!55 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!55)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!55 () Real)
(declare-fun log!76 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x60 (+ 1.0 ?x59)))
 (< 0.0 ?x60))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x60 (+ 1.0 ?x59)))
 (let (($x212 (= 0.0 ?x60)))
 (not $x212)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x60 (+ 1.0 ?x59)))
 (< 0.0 ?x60))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x60 (+ 1.0 ?x59)))
 (let (($x212 (= 0.0 ?x60)))
 (not $x212)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x60 (+ 1.0 ?x59)))
 (let ((?x91 (/ ?x59 ?x60)))
 (let ((?x92 (- ?x91)))
 (let ((?x153 (+ 1.0 ?x92)))
 (let ((?x107 (/ ?x59 exp!3)))
 (let ((?x154 (* ?x107 ?x153)))
 (let ((?x45 (- b)))
 (let ((?x46 (+ |f[1]| ?x45)))
 (let ((?x166 (* ?x46 ?x154)))
 (let ((?x47 (- ?x46)))
 (let ((?x90 (* ?x47 ?x107)))
 (let ((?x93 (+ ?x46 ?x90)))
 (let ((?x87 (* ?x107 ?x93)))
 (or (and (distinct ?x87 ?x166) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!55 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!55) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!55 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!55)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!76 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!76) (< exp!1 exp!3)))
(assert
 (= (< log!76 log!55) (< exp!3 exp!2)))
(assert
 (= (< log!55 log!76) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!76 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!76)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
