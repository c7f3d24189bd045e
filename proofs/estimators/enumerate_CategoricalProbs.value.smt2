; certjax: rule estimators.enumerate_CategoricalProbs, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!8 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!6 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun log!9 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!12 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!7 () Real)
(declare-fun exp!7 () Real)
(declare-fun log!8 () Real)
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
 (let ((?x180 (/ (* 1.0 exp!8) exp!4)))
 (let ((?x181 (* |f[1]| ?x180)))
 (let ((?x123 (/ (* 1.0 exp!6) exp!4)))
 (let ((?x124 (* |f[0]| ?x123)))
 (let ((?x182 (+ ?x124 ?x181)))
 (let ((?x76 (/ (* 1.0 exp!2) exp!4)))
 (let ((?x77 (* |f[2]| ?x76)))
 (let ((?x183 (+ ?x77 ?x182)))
 (or (and (distinct ?x183 ?x183) true)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x22 (> log!9 0.0)))
 (= $x22 (> exp!1 1.0))))
(assert
 (let ((?x25 (+ 1.0 log!9)))
 (>= exp!1 ?x25)))
(assert
 (let (($x27 (> |probs[2]| 0.0)))
 (=> $x27 (= exp!1 |probs[2]|))))
(assert
 (let (($x31 (< log!9 log!9)))
 (= $x31 (< exp!2 exp!1))))
(assert
 (let (($x31 (< log!9 log!9)))
 (= $x31 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x22 (> log!9 0.0)))
 (= $x22 (> exp!2 1.0))))
(assert
 (let ((?x25 (+ 1.0 log!9)))
 (>= exp!2 ?x25)))
(assert
 (let (($x27 (> |probs[2]| 0.0)))
 (=> $x27 (= exp!2 |probs[2]|))))
(assert
 (let (($x45 (< log!12 log!9)))
 (= $x45 (< exp!3 exp!2))))
(assert
 (let (($x48 (< log!9 log!12)))
 (= $x48 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x52 (> log!12 0.0)))
 (= $x52 (> exp!3 1.0))))
(assert
 (let ((?x55 (+ 1.0 log!12)))
 (>= exp!3 ?x55)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x57 (> ?x15 0.0)))
 (=> $x57 (= exp!3 ?x15))))))
(assert
 (let (($x45 (< log!12 log!9)))
 (= $x45 (< exp!4 exp!2))))
(assert
 (let (($x48 (< log!9 log!12)))
 (= $x48 (< exp!2 exp!4))))
(assert
 (let (($x65 (< log!12 log!12)))
 (= $x65 (< exp!4 exp!3))))
(assert
 (let (($x65 (< log!12 log!12)))
 (= $x65 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x52 (> log!12 0.0)))
 (= $x52 (> exp!4 1.0))))
(assert
 (let ((?x55 (+ 1.0 log!12)))
 (>= exp!4 ?x55)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x57 (> ?x15 0.0)))
 (=> $x57 (= exp!4 ?x15))))))
(assert
 (let (($x81 (< log!7 log!9)))
 (= $x81 (< exp!5 exp!2))))
(assert
 (let (($x84 (< log!9 log!7)))
 (= $x84 (< exp!2 exp!5))))
(assert
 (let (($x87 (< log!7 log!12)))
 (= $x87 (< exp!5 exp!4))))
(assert
 (let (($x90 (< log!12 log!7)))
 (= $x90 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x94 (> log!7 0.0)))
 (= $x94 (> exp!5 1.0))))
(assert
 (let ((?x97 (+ 1.0 log!7)))
 (>= exp!5 ?x97)))
(assert
 (let (($x99 (> |probs[0]| 0.0)))
 (=> $x99 (= exp!5 |probs[0]|))))
(assert
 (let (($x81 (< log!7 log!9)))
 (= $x81 (< exp!6 exp!2))))
(assert
 (let (($x84 (< log!9 log!7)))
 (= $x84 (< exp!2 exp!6))))
(assert
 (let (($x87 (< log!7 log!12)))
 (= $x87 (< exp!6 exp!4))))
(assert
 (let (($x90 (< log!12 log!7)))
 (= $x90 (< exp!4 exp!6))))
(assert
 (let (($x111 (< log!7 log!7)))
 (= $x111 (< exp!6 exp!5))))
(assert
 (let (($x111 (< log!7 log!7)))
 (= $x111 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x94 (> log!7 0.0)))
 (= $x94 (> exp!6 1.0))))
(assert
 (let ((?x97 (+ 1.0 log!7)))
 (>= exp!6 ?x97)))
(assert
 (let (($x99 (> |probs[0]| 0.0)))
 (=> $x99 (= exp!6 |probs[0]|))))
(assert
 (let (($x128 (< log!8 log!9)))
 (= $x128 (< exp!7 exp!2))))
(assert
 (let (($x131 (< log!9 log!8)))
 (= $x131 (< exp!2 exp!7))))
(assert
 (let (($x134 (< log!8 log!12)))
 (= $x134 (< exp!7 exp!4))))
(assert
 (let (($x137 (< log!12 log!8)))
 (= $x137 (< exp!4 exp!7))))
(assert
 (let (($x140 (< log!8 log!7)))
 (= $x140 (< exp!7 exp!6))))
(assert
 (let (($x143 (< log!7 log!8)))
 (= $x143 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x147 (> log!8 0.0)))
 (= $x147 (> exp!7 1.0))))
(assert
 (let ((?x150 (+ 1.0 log!8)))
 (>= exp!7 ?x150)))
(assert
 (let (($x152 (> |probs[1]| 0.0)))
 (=> $x152 (= exp!7 |probs[1]|))))
(assert
 (let (($x128 (< log!8 log!9)))
 (= $x128 (< exp!8 exp!2))))
(assert
 (let (($x131 (< log!9 log!8)))
 (= $x131 (< exp!2 exp!8))))
(assert
 (let (($x134 (< log!8 log!12)))
 (= $x134 (< exp!8 exp!4))))
(assert
 (let (($x137 (< log!12 log!8)))
 (= $x137 (< exp!4 exp!8))))
(assert
 (let (($x140 (< log!8 log!7)))
 (= $x140 (< exp!8 exp!6))))
(assert
 (let (($x143 (< log!7 log!8)))
 (= $x143 (< exp!6 exp!8))))
(assert
 (let (($x168 (< log!8 log!8)))
 (= $x168 (< exp!8 exp!7))))
(assert
 (let (($x168 (< log!8 log!8)))
 (= $x168 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x147 (> log!8 0.0)))
 (= $x147 (> exp!8 1.0))))
(assert
 (let ((?x150 (+ 1.0 log!8)))
 (>= exp!8 ?x150)))
(assert
 (let (($x152 (> |probs[1]| 0.0)))
(=> $x152 (= exp!8 |probs[1]|))))
(check-sat)
(pop 1)
