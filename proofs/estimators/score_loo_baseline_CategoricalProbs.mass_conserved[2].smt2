; certjax: rule estimators.score_loo_baseline_CategoricalProbs, obligation 'mass_conserved[2]', verdict proved
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
(declare-fun log!14 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!20 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!12 () Real)
(declare-fun exp!7 () Real)
(declare-fun log!13 () Real)
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
 (let ((?x91 (/ 0.0 |probs[0]|)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let ((?x84 (/ 1.0 ?x17)))
 (let ((?x85 (- ?x84)))
 (let ((?x92 (+ ?x85 ?x91)))
 (let ((?x93 (* 0.0 ?x92)))
 (let ((?x88 (/ 0.0 |probs[1]|)))
 (let ((?x89 (+ ?x88 ?x85)))
 (let ((?x201 (+ ?x89 ?x93)))
 (let ((?x86 (/ 1.0 |probs[2]|)))
 (let ((?x87 (+ ?x85 ?x86)))
 (let ((?x142 (* 0.0 ?x87)))
 (let ((?x202 (+ ?x142 ?x201)))
 (let ((?x200 (/ (* 1.0 exp!8) exp!4)))
 (let ((?x203 (* ?x200 ?x202)))
 (let ((?x90 (* 0.0 ?x89)))
 (let ((?x143 (+ ?x90 ?x92)))
 (let ((?x144 (+ ?x142 ?x143)))
 (let ((?x141 (/ (* 1.0 exp!6) exp!4)))
 (let ((?x145 (* ?x141 ?x144)))
 (let ((?x204 (+ ?x145 ?x203)))
 (let ((?x94 (+ ?x90 ?x93)))
 (let ((?x95 (+ ?x87 ?x94)))
 (let ((?x83 (/ (* 1.0 exp!2) exp!4)))
 (let ((?x96 (* ?x83 ?x95)))
 (let ((?x205 (+ ?x96 ?x204)))
 (or (and (distinct 0.0 ?x205) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x29 (> log!14 0.0)))
 (= $x29 (> exp!1 1.0))))
(assert
 (let ((?x32 (+ 1.0 log!14)))
 (>= exp!1 ?x32)))
(assert
 (let (($x35 (= exp!1 |probs[2]|)))
 (let (($x34 (> |probs[2]| 0.0)))
 (=> $x34 $x35))))
(assert
 (let (($x38 (< log!14 log!14)))
 (= $x38 (< exp!2 exp!1))))
(assert
 (let (($x38 (< log!14 log!14)))
 (= $x38 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x29 (> log!14 0.0)))
 (= $x29 (> exp!2 1.0))))
(assert
 (let ((?x32 (+ 1.0 log!14)))
 (>= exp!2 ?x32)))
(assert
 (let (($x47 (= exp!2 |probs[2]|)))
 (let (($x34 (> |probs[2]| 0.0)))
 (=> $x34 $x47))))
(assert
 (let (($x52 (< log!20 log!14)))
 (= $x52 (< exp!3 exp!2))))
(assert
 (let (($x55 (< log!14 log!20)))
 (= $x55 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x59 (> log!20 0.0)))
 (= $x59 (> exp!3 1.0))))
(assert
 (let ((?x62 (+ 1.0 log!20)))
 (>= exp!3 ?x62)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let (($x64 (> ?x17 0.0)))
 (=> $x64 (= exp!3 ?x17))))))
(assert
 (let (($x52 (< log!20 log!14)))
 (= $x52 (< exp!4 exp!2))))
(assert
 (let (($x55 (< log!14 log!20)))
 (= $x55 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!20 log!20)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x72 (< log!20 log!20)))
 (= $x72 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x59 (> log!20 0.0)))
 (= $x59 (> exp!4 1.0))))
(assert
 (let ((?x62 (+ 1.0 log!20)))
 (>= exp!4 ?x62)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let (($x64 (> ?x17 0.0)))
 (=> $x64 (= exp!4 ?x17))))))
(assert
 (let (($x99 (< log!12 log!14)))
 (= $x99 (< exp!5 exp!2))))
(assert
 (let (($x102 (< log!14 log!12)))
 (= $x102 (< exp!2 exp!5))))
(assert
 (let (($x105 (< log!12 log!20)))
 (= $x105 (< exp!5 exp!4))))
(assert
 (let (($x108 (< log!20 log!12)))
 (= $x108 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x112 (> log!12 0.0)))
 (= $x112 (> exp!5 1.0))))
(assert
 (let ((?x115 (+ 1.0 log!12)))
 (>= exp!5 ?x115)))
(assert
 (let (($x118 (= exp!5 |probs[0]|)))
 (let (($x117 (> |probs[0]| 0.0)))
 (=> $x117 $x118))))
(assert
 (let (($x99 (< log!12 log!14)))
 (= $x99 (< exp!6 exp!2))))
(assert
 (let (($x102 (< log!14 log!12)))
 (= $x102 (< exp!2 exp!6))))
(assert
 (let (($x105 (< log!12 log!20)))
 (= $x105 (< exp!6 exp!4))))
(assert
 (let (($x108 (< log!20 log!12)))
 (= $x108 (< exp!4 exp!6))))
(assert
 (let (($x129 (< log!12 log!12)))
 (= $x129 (< exp!6 exp!5))))
(assert
 (let (($x129 (< log!12 log!12)))
 (= $x129 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x112 (> log!12 0.0)))
 (= $x112 (> exp!6 1.0))))
(assert
 (let ((?x115 (+ 1.0 log!12)))
 (>= exp!6 ?x115)))
(assert
 (let (($x138 (= exp!6 |probs[0]|)))
 (let (($x117 (> |probs[0]| 0.0)))
 (=> $x117 $x138))))
(assert
 (let (($x148 (< log!13 log!14)))
 (= $x148 (< exp!7 exp!2))))
(assert
 (let (($x151 (< log!14 log!13)))
 (= $x151 (< exp!2 exp!7))))
(assert
 (let (($x154 (< log!13 log!20)))
 (= $x154 (< exp!7 exp!4))))
(assert
 (let (($x157 (< log!20 log!13)))
 (= $x157 (< exp!4 exp!7))))
(assert
 (let (($x160 (< log!13 log!12)))
 (= $x160 (< exp!7 exp!6))))
(assert
 (let (($x163 (< log!12 log!13)))
 (= $x163 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x167 (> log!13 0.0)))
 (= $x167 (> exp!7 1.0))))
(assert
 (let ((?x170 (+ 1.0 log!13)))
 (>= exp!7 ?x170)))
(assert
 (let (($x173 (= exp!7 |probs[1]|)))
 (let (($x172 (> |probs[1]| 0.0)))
 (=> $x172 $x173))))
(assert
 (let (($x148 (< log!13 log!14)))
 (= $x148 (< exp!8 exp!2))))
(assert
 (let (($x151 (< log!14 log!13)))
 (= $x151 (< exp!2 exp!8))))
(assert
 (let (($x154 (< log!13 log!20)))
 (= $x154 (< exp!8 exp!4))))
(assert
 (let (($x157 (< log!20 log!13)))
 (= $x157 (< exp!4 exp!8))))
(assert
 (let (($x160 (< log!13 log!12)))
 (= $x160 (< exp!8 exp!6))))
(assert
 (let (($x163 (< log!12 log!13)))
 (= $x163 (< exp!6 exp!8))))
(assert
 (let (($x188 (< log!13 log!13)))
 (= $x188 (< exp!8 exp!7))))
(assert
 (let (($x188 (< log!13 log!13)))
 (= $x188 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x167 (> log!13 0.0)))
 (= $x167 (> exp!8 1.0))))
(assert
 (let ((?x170 (+ 1.0 log!13)))
 (>= exp!8 ?x170)))
(assert
 (let (($x197 (= exp!8 |probs[1]|)))
(let (($x172 (> |probs[1]| 0.0)))
(=> $x172 $x197))))
(check-sat)
(pop 1)
