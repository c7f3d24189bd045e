; certjax: rule estimators.enumerate_OneHotCategoricalProbs, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[2]| () Real)
(declare-fun log!56 () Real)
(declare-fun log!53 () Real)
(declare-fun log!52 () Real)
(declare-fun log!51 () Real)
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
 (< 0.0 |probs[1]|))
(assert
 (< 0.0 |probs[0]|))
(assert
 (< 0.0 |probs[2]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 |probs[1]|))
(assert
 (< 0.0 |probs[0]|))
(assert
 (let ((?x121 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x122 (* |f[1]| ?x121)))
 (let ((?x115 (/ (* 1.0 exp!4) exp!1)))
 (let ((?x116 (* |f[0]| ?x115)))
 (let ((?x123 (+ ?x116 ?x122)))
 (let ((?x108 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x109 (* |f[2]| ?x108)))
 (let ((?x124 (+ ?x109 ?x123)))
 (or (and (distinct ?x124 ?x124) true)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!56 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!56)))
(assert
 (=> (> (+ |probs[2]| (+ |probs[0]| |probs[1]|)) 0.0) (= exp!1 (+ |probs[2]| (+ |probs[0]| |probs[1]|)))))
(assert
 (= (< log!53 log!56) (< exp!2 exp!1)))
(assert
 (= (< log!56 log!53) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!53 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!53)))
(assert
 (=> (> |probs[2]| 0.0) (= exp!2 |probs[2]|)))
(assert
 (= (< log!52 log!56) (< exp!3 exp!1)))
(assert
 (= (< log!56 log!52) (< exp!1 exp!3)))
(assert
 (= (< log!52 log!53) (< exp!3 exp!2)))
(assert
 (= (< log!53 log!52) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!52 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!52)))
(assert
 (=> (> |probs[1]| 0.0) (= exp!3 |probs[1]|)))
(assert
 (= (< log!51 log!56) (< exp!4 exp!1)))
(assert
 (= (< log!56 log!51) (< exp!1 exp!4)))
(assert
 (= (< log!51 log!53) (< exp!4 exp!2)))
(assert
 (= (< log!53 log!51) (< exp!2 exp!4)))
(assert
 (= (< log!51 log!52) (< exp!4 exp!3)))
(assert
 (= (< log!52 log!51) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!51 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!51)))
(assert
 (=> (> |probs[0]| 0.0) (= exp!4 |probs[0]|)))
(check-sat)
(pop 1)
