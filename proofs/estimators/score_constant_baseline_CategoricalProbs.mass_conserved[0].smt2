; certjax: rule estimators.score_constant_baseline_CategoricalProbs, obligation 'mass_conserved[0]', verdict proved
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
(declare-fun exp!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!12 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!18 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!10 () Real)
(declare-fun exp!7 () Real)
(declare-fun log!11 () Real)
(assert
 (let (($x11 (< 0.0 |probs[1]|)))
 (let (($x9 (< 0.0 |probs[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |probs[2]|)))
 (and $x7 $x12))))))
(assert
 (let (($x16 (= 0.0 |probs[2]|)))
 (not $x16)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let (($x20 (= 0.0 ?x17)))
 (not $x20)))))
(assert
 (let (($x22 (= 0.0 |probs[1]|)))
 (not $x22)))
(assert
 (let (($x24 (= 0.0 |probs[0]|)))
 (not $x24)))
(assert
 (< 0.0 |probs[2]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (< 0.0 ?x17))))
(assert
 (< 0.0 |probs[1]|))
(assert
 (< 0.0 |probs[0]|))
(assert
 (let (($x22 (= 0.0 |probs[1]|)))
 (not $x22)))
(assert
 (let (($x24 (= 0.0 |probs[0]|)))
 (not $x24)))
(assert
 (let (($x16 (= 0.0 |probs[2]|)))
 (not $x16)))
(assert
 (let ((?x202 (/ (* 1.0 exp!8) exp!4)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let ((?x27 (/ 1.0 ?x17)))
 (let ((?x28 (- ?x27)))
 (let ((?x33 (/ 1.0 |probs[0]|)))
 (let ((?x34 (+ ?x33 ?x28)))
 (let ((?x35 (* 0.0 ?x34)))
 (let ((?x30 (/ 0.0 |probs[1]|)))
 (let ((?x31 (+ ?x30 ?x28)))
 (let ((?x146 (+ ?x31 ?x35)))
 (let ((?x25 (/ 0.0 |probs[2]|)))
 (let ((?x29 (+ ?x25 ?x28)))
 (let ((?x97 (* 0.0 ?x29)))
 (let ((?x147 (+ ?x97 ?x146)))
 (let ((?x203 (* ?x147 ?x202)))
 (let ((?x144 (/ (* 1.0 exp!6) exp!4)))
 (let ((?x32 (* 0.0 ?x31)))
 (let ((?x98 (+ ?x34 ?x32)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x145 (* ?x99 ?x144)))
 (let ((?x204 (+ ?x145 ?x203)))
 (let ((?x95 (/ (* 1.0 exp!2) exp!4)))
 (let ((?x36 (+ ?x32 ?x35)))
 (let ((?x37 (+ ?x29 ?x36)))
 (let ((?x96 (* ?x37 ?x95)))
 (let ((?x205 (+ ?x96 ?x204)))
 (or (and (distinct 0.0 ?x205) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x41 (> log!12 0.0)))
 (= $x41 (> exp!1 1.0))))
(assert
 (let ((?x44 (+ 1.0 log!12)))
 (>= exp!1 ?x44)))
(assert
 (let (($x47 (= exp!1 |probs[2]|)))
 (let (($x46 (> |probs[2]| 0.0)))
 (=> $x46 $x47))))
(assert
 (let (($x50 (< log!12 log!12)))
 (= $x50 (< exp!2 exp!1))))
(assert
 (let (($x50 (< log!12 log!12)))
 (= $x50 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x41 (> log!12 0.0)))
 (= $x41 (> exp!2 1.0))))
(assert
 (let ((?x44 (+ 1.0 log!12)))
 (>= exp!2 ?x44)))
(assert
 (let (($x59 (= exp!2 |probs[2]|)))
 (let (($x46 (> |probs[2]| 0.0)))
 (=> $x46 $x59))))
(assert
 (let (($x64 (< log!18 log!12)))
 (= $x64 (< exp!3 exp!2))))
(assert
 (let (($x67 (< log!12 log!18)))
 (= $x67 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x71 (> log!18 0.0)))
 (= $x71 (> exp!3 1.0))))
(assert
 (let ((?x74 (+ 1.0 log!18)))
 (>= exp!3 ?x74)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let (($x76 (> ?x17 0.0)))
 (=> $x76 (= exp!3 ?x17))))))
(assert
 (let (($x64 (< log!18 log!12)))
 (= $x64 (< exp!4 exp!2))))
(assert
 (let (($x67 (< log!12 log!18)))
 (= $x67 (< exp!2 exp!4))))
(assert
 (let (($x84 (< log!18 log!18)))
 (= $x84 (< exp!4 exp!3))))
(assert
 (let (($x84 (< log!18 log!18)))
 (= $x84 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x71 (> log!18 0.0)))
 (= $x71 (> exp!4 1.0))))
(assert
 (let ((?x74 (+ 1.0 log!18)))
 (>= exp!4 ?x74)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let (($x76 (> ?x17 0.0)))
 (=> $x76 (= exp!4 ?x17))))))
(assert
 (let (($x102 (< log!10 log!12)))
 (= $x102 (< exp!5 exp!2))))
(assert
 (let (($x105 (< log!12 log!10)))
 (= $x105 (< exp!2 exp!5))))
(assert
 (let (($x108 (< log!10 log!18)))
 (= $x108 (< exp!5 exp!4))))
(assert
 (let (($x111 (< log!18 log!10)))
 (= $x111 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x115 (> log!10 0.0)))
 (= $x115 (> exp!5 1.0))))
(assert
 (let ((?x118 (+ 1.0 log!10)))
 (>= exp!5 ?x118)))
(assert
 (let (($x121 (= exp!5 |probs[0]|)))
 (let (($x120 (> |probs[0]| 0.0)))
 (=> $x120 $x121))))
(assert
 (let (($x102 (< log!10 log!12)))
 (= $x102 (< exp!6 exp!2))))
(assert
 (let (($x105 (< log!12 log!10)))
 (= $x105 (< exp!2 exp!6))))
(assert
 (let (($x108 (< log!10 log!18)))
 (= $x108 (< exp!6 exp!4))))
(assert
 (let (($x111 (< log!18 log!10)))
 (= $x111 (< exp!4 exp!6))))
(assert
 (let (($x132 (< log!10 log!10)))
 (= $x132 (< exp!6 exp!5))))
(assert
 (let (($x132 (< log!10 log!10)))
 (= $x132 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x115 (> log!10 0.0)))
 (= $x115 (> exp!6 1.0))))
(assert
 (let ((?x118 (+ 1.0 log!10)))
 (>= exp!6 ?x118)))
(assert
 (let (($x141 (= exp!6 |probs[0]|)))
 (let (($x120 (> |probs[0]| 0.0)))
 (=> $x120 $x141))))
(assert
 (let (($x150 (< log!11 log!12)))
 (= $x150 (< exp!7 exp!2))))
(assert
 (let (($x153 (< log!12 log!11)))
 (= $x153 (< exp!2 exp!7))))
(assert
 (let (($x156 (< log!11 log!18)))
 (= $x156 (< exp!7 exp!4))))
(assert
 (let (($x159 (< log!18 log!11)))
 (= $x159 (< exp!4 exp!7))))
(assert
 (let (($x162 (< log!11 log!10)))
 (= $x162 (< exp!7 exp!6))))
(assert
 (let (($x165 (< log!10 log!11)))
 (= $x165 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x169 (> log!11 0.0)))
 (= $x169 (> exp!7 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!11)))
 (>= exp!7 ?x172)))
(assert
 (let (($x175 (= exp!7 |probs[1]|)))
 (let (($x174 (> |probs[1]| 0.0)))
 (=> $x174 $x175))))
(assert
 (let (($x150 (< log!11 log!12)))
 (= $x150 (< exp!8 exp!2))))
(assert
 (let (($x153 (< log!12 log!11)))
 (= $x153 (< exp!2 exp!8))))
(assert
 (let (($x156 (< log!11 log!18)))
 (= $x156 (< exp!8 exp!4))))
(assert
 (let (($x159 (< log!18 log!11)))
 (= $x159 (< exp!4 exp!8))))
(assert
 (let (($x162 (< log!11 log!10)))
 (= $x162 (< exp!8 exp!6))))
(assert
 (let (($x165 (< log!10 log!11)))
 (= $x165 (< exp!6 exp!8))))
(assert
 (let (($x190 (< log!11 log!11)))
 (= $x190 (< exp!8 exp!7))))
(assert
 (let (($x190 (< log!11 log!11)))
 (= $x190 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x169 (> log!11 0.0)))
 (= $x169 (> exp!8 1.0))))
(assert
 (let ((?x172 (+ 1.0 log!11)))
 (>= exp!8 ?x172)))
(assert
 (let (($x199 (= exp!8 |probs[1]|)))
(let (($x174 (> |probs[1]| 0.0)))
(=> $x174 $x199))))
(check-sat)
(pop 1)
