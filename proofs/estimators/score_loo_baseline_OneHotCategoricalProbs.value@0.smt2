; certjax: rule estimators.score_loo_baseline_OneHotCategoricalProbs, obligation 'value@0', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!1 () Real)
(declare-fun log!32 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!29 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!27 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!28 () Real)
(assert
 (let (($x11 (< 0.0 |probs[1]|)))
 (let (($x9 (< 0.0 |probs[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |probs[2]|)))
 (and $x7 $x12))))))
(assert
 (< 0.0 |probs[2]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 |probs[0]|))
(assert
 (< 0.0 |probs[1]|))
(assert
 (let ((?x113 (- 1.0)))
 (let ((?x114 (+ 1.0 ?x113)))
 (let ((?x115 (* b ?x114)))
 (let ((?x110 (+ 1.0 (- 1.0))))
 (let ((?x111 (* |f[0]| ?x110)))
 (let ((?x116 (+ ?x111 ?x115)))
 (or (and (distinct 0.0 ?x116) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!32 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!32)))
(assert
 (=> (> (+ |probs[2]| (+ |probs[0]| |probs[1]|)) 0.0) (= exp!1 (+ |probs[2]| (+ |probs[0]| |probs[1]|)))))
(assert
 (= (< log!29 log!32) (< exp!2 exp!1)))
(assert
 (= (< log!32 log!29) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!29 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!29)))
(assert
 (=> (> |probs[2]| 0.0) (= exp!2 |probs[2]|)))
(assert
 (= (< log!27 log!32) (< exp!3 exp!1)))
(assert
 (= (< log!32 log!27) (< exp!1 exp!3)))
(assert
 (= (< log!27 log!29) (< exp!3 exp!2)))
(assert
 (= (< log!29 log!27) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!27 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!27)))
(assert
 (=> (> |probs[0]| 0.0) (= exp!3 |probs[0]|)))
(assert
 (= (< log!28 log!32) (< exp!4 exp!1)))
(assert
 (= (< log!32 log!28) (< exp!1 exp!4)))
(assert
 (= (< log!28 log!29) (< exp!4 exp!2)))
(assert
 (= (< log!29 log!28) (< exp!2 exp!4)))
(assert
 (= (< log!28 log!27) (< exp!4 exp!3)))
(assert
 (= (< log!27 log!28) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!28 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!28)))
(assert
 (=> (> |probs[1]| 0.0) (= exp!4 |probs[1]|)))
(check-sat)
(pop 1)
